using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// Products, their outputs per inventory year and facility, bills of materials, process assignments, values of stages after the gate and footprint
/// versions (issue 18; docs/product-footprints.md). Every key and foreign key carries the organisation id.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000301_Products")]
public sealed class Products : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Products",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 100, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                DeclaredUnit = table.Column<string>(maxLength: 20, nullable: false),
                MassKgPerDeclaredUnit = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                CnCode = table.Column<string>(maxLength: 20, nullable: true),
                CccCode = table.Column<string>(maxLength: 20, nullable: true),
                DqrTechnological = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                DqrTemporal = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                DqrGeographical = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                RowVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Products", x => x.Id);
                table.UniqueConstraint("AK_Products_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_Products_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Products_OrganisationId_Code", "Products", ["OrganisationId", "Code"], unique: true);

        migrationBuilder.CreateTable(
            name: "ProductOutputs",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                InventoryYearId = table.Column<Guid>(nullable: false),
                FacilityId = table.Column<Guid>(nullable: false),
                Quantity = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                RevenueNtd = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                ScrapQuantity = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductOutputs", x => x.Id);
                table.ForeignKey("FK_ProductOutputs_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProductOutputs_Products", x => new { x.OrganisationId, x.ProductId }, "Products", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ProductOutputs_InventoryYears", x => new { x.OrganisationId, x.InventoryYearId }, "InventoryYears", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ProductOutputs_Facilities", x => new { x.OrganisationId, x.FacilityId }, "Facilities", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProductOutputs_Key", "ProductOutputs", ["OrganisationId", "ProductId", "InventoryYearId", "FacilityId"], unique: true);
        migrationBuilder.CreateIndex("IX_ProductOutputs_OrganisationId_InventoryYearId", "ProductOutputs", ["OrganisationId", "InventoryYearId"]);
        migrationBuilder.CreateIndex("IX_ProductOutputs_OrganisationId_FacilityId", "ProductOutputs", ["OrganisationId", "FacilityId"]);

        migrationBuilder.CreateTable(
            name: "ProductBomLines",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                Material = table.Column<string>(maxLength: 200, nullable: false),
                QuantityPerUnit = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                Unit = table.Column<string>(maxLength: 20, nullable: false),
                SourceKind = table.Column<string>(maxLength: 20, nullable: false),
                KgCo2ePerUnit = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                FactorSource = table.Column<string>(maxLength: 200, nullable: true),
                FactorVersion = table.Column<string>(maxLength: 100, nullable: true),
                PrimaryDataShare = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                ComponentProductId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductBomLines", x => x.Id);
                table.ForeignKey("FK_ProductBomLines_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProductBomLines_Products", x => new { x.OrganisationId, x.ProductId }, "Products", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ProductBomLines_Components", x => new { x.OrganisationId, x.ComponentProductId }, "Products", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ProductBomLines_OrganisationId_ProductId", "ProductBomLines", ["OrganisationId", "ProductId"]);
        migrationBuilder.CreateIndex("IX_ProductBomLines_OrganisationId_ComponentProductId", "ProductBomLines", ["OrganisationId", "ComponentProductId"]);

        migrationBuilder.CreateTable(
            name: "ProductProcessAssignments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                InventoryYearId = table.Column<Guid>(nullable: false),
                FacilityId = table.Column<Guid>(nullable: false),
                Process = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductProcessAssignments", x => x.Id);
                table.ForeignKey("FK_ProductProcessAssignments_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProductProcessAssignments_Products", x => new { x.OrganisationId, x.ProductId }, "Products", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ProductProcessAssignments_InventoryYears", x => new { x.OrganisationId, x.InventoryYearId }, "InventoryYears",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ProductProcessAssignments_Facilities", x => new { x.OrganisationId, x.FacilityId }, "Facilities", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProductProcessAssignments_Process", "ProductProcessAssignments", ["OrganisationId", "InventoryYearId", "FacilityId", "Process"], unique: true);
        migrationBuilder.CreateIndex("IX_ProductProcessAssignments_OrganisationId_ProductId", "ProductProcessAssignments", ["OrganisationId", "ProductId"]);
        migrationBuilder.CreateIndex("IX_ProductProcessAssignments_OrganisationId_FacilityId", "ProductProcessAssignments", ["OrganisationId", "FacilityId"]);

        migrationBuilder.CreateTable(
            name: "ProductStageValues",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                Stage = table.Column<string>(maxLength: 20, nullable: false),
                KgCo2ePerUnit = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                Source = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductStageValues", x => x.Id);
                table.ForeignKey("FK_ProductStageValues_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProductStageValues_Products", x => new { x.OrganisationId, x.ProductId }, "Products", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProductStageValues_OrganisationId_ProductId_Stage", "ProductStageValues", ["OrganisationId", "ProductId", "Stage"], unique: true);

        migrationBuilder.CreateTable(
            name: "ProductFootprintVersions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                InventoryYearId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                ComputedAt = table.Column<DateTimeOffset>(nullable: false),
                LockedAt = table.Column<DateTimeOffset>(nullable: true),
                LockedByUserId = table.Column<Guid>(nullable: true),
                FactorSetId = table.Column<string>(maxLength: 100, nullable: false),
                FactorSetVersion = table.Column<string>(maxLength: 50, nullable: false),
                GwpSetId = table.Column<string>(maxLength: 20, nullable: false),
                KgCo2ePerUnit = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                PublishedPactId = table.Column<Guid>(nullable: true),
                ResultJson = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductFootprintVersions", x => x.Id);
                table.ForeignKey("FK_ProductFootprintVersions_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProductFootprintVersions_Products", x => new { x.OrganisationId, x.ProductId }, "Products", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProductFootprintVersions_InventoryYears", x => new { x.OrganisationId, x.InventoryYearId }, "InventoryYears",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProductFootprintVersions_Version", "ProductFootprintVersions", ["OrganisationId", "ProductId", "InventoryYearId", "Version"], unique: true);
        migrationBuilder.CreateIndex("IX_ProductFootprintVersions_OrganisationId_InventoryYearId", "ProductFootprintVersions", ["OrganisationId", "InventoryYearId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("ProductFootprintVersions");
        migrationBuilder.DropTable("ProductStageValues");
        migrationBuilder.DropTable("ProductProcessAssignments");
        migrationBuilder.DropTable("ProductBomLines");
        migrationBuilder.DropTable("ProductOutputs");
        migrationBuilder.DropTable("Products");
    }
}
