using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>CBAM installations, their goods per year and the goods' precursors (issue 19; docs/cbam.md). Every foreign key carries the organisation id.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000401_Cbam")]
public sealed class Cbam : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "CbamInstallations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                FacilityId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                UnLocode = table.Column<string>(maxLength: 5, nullable: true),
                AddressEn = table.Column<string>(maxLength: 300, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                RowVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CbamInstallations", x => x.Id);
                table.UniqueConstraint("AK_CbamInstallations_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_CbamInstallations_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_CbamInstallations_Facilities", x => new { x.OrganisationId, x.FacilityId }, "Facilities", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_CbamInstallations_OrganisationId_Name", "CbamInstallations", ["OrganisationId", "Name"], unique: true);
        migrationBuilder.CreateIndex("IX_CbamInstallations_OrganisationId_FacilityId", "CbamInstallations", ["OrganisationId", "FacilityId"]);

        migrationBuilder.CreateTable(
            name: "CbamGoods",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                InstallationId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                CnCode = table.Column<string>(maxLength: 10, nullable: false),
                Route = table.Column<string>(maxLength: 10, nullable: true),
                ActivityLevelT = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                DirectSharePct = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                DirectEmissionsT = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                HeatImportT = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                HeatExportT = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                WasteGasImportT = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                WasteGasExportT = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                ElectricityProducedT = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                IndirectSharePct = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                ExportedT = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                RowVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CbamGoods", x => x.Id);
                table.UniqueConstraint("AK_CbamGoods_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_CbamGoods_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_CbamGoods_CbamInstallations", x => new { x.OrganisationId, x.InstallationId }, "CbamInstallations", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CbamGoods_Key", "CbamGoods", ["OrganisationId", "InstallationId", "Year", "CnCode", "Route"], unique: true);

        migrationBuilder.CreateTable(
            name: "CbamPrecursors",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                GoodId = table.Column<Guid>(nullable: false),
                CnCode = table.Column<string>(maxLength: 10, nullable: false),
                MassT = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                Source = table.Column<string>(maxLength: 20, nullable: false),
                OwnGoodId = table.Column<Guid>(nullable: true),
                SeeDirect = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                SeeIndirect = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                Supplier = table.Column<string>(maxLength: 300, nullable: true),
                Evidence = table.Column<string>(maxLength: 300, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CbamPrecursors", x => x.Id);
                table.ForeignKey("FK_CbamPrecursors_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_CbamPrecursors_CbamGoods", x => new { x.OrganisationId, x.GoodId }, "CbamGoods", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_CbamPrecursors_OwnGoods", x => new { x.OrganisationId, x.OwnGoodId }, "CbamGoods", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_CbamPrecursors_OrganisationId_GoodId", "CbamPrecursors", ["OrganisationId", "GoodId"]);
        migrationBuilder.CreateIndex("IX_CbamPrecursors_OrganisationId_OwnGoodId", "CbamPrecursors", ["OrganisationId", "OwnGoodId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("CbamPrecursors");
        migrationBuilder.DropTable("CbamGoods");
        migrationBuilder.DropTable("CbamInstallations");
    }
}
