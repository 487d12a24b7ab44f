using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// Per inventory year: output and revenue for the intensity figures, and the revision that keys cached
/// results; the table of results snapshots kept while an inventory is locked.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261130000005_ResultsSnapshotsAndIntensity")]
public sealed class ResultsSnapshotsAndIntensity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<decimal>("OutputQuantity", "InventoryYears", precision: 28, scale: 10, nullable: true);
        migrationBuilder.AddColumn<string>("OutputUnit", "InventoryYears", maxLength: 50, nullable: true);
        migrationBuilder.AddColumn<decimal>("RevenueNtd", "InventoryYears", precision: 28, scale: 10, nullable: true);
        migrationBuilder.AddColumn<Guid>("Revision", "InventoryYears", nullable: false, defaultValue: Guid.Empty);

        migrationBuilder.CreateTable(
            name: "ResultSnapshots",
            columns: table => new
            {
                InventoryYearId = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                FactorSetId = table.Column<string>(maxLength: 50, nullable: false),
                FactorSetVersion = table.Column<string>(maxLength: 50, nullable: false),
                GwpSetId = table.Column<string>(maxLength: 20, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                Json = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ResultSnapshots", x => x.InventoryYearId);
                table.ForeignKey("FK_ResultSnapshots_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ResultSnapshots_InventoryYears", x => new { x.OrganisationId, x.InventoryYearId }, "InventoryYears",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ResultSnapshots_OrganisationId_InventoryYearId", "ResultSnapshots",
            ["OrganisationId", "InventoryYearId"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("ResultSnapshots");
        foreach (var column in (string[])["OutputQuantity", "OutputUnit", "RevenueNtd", "Revision"])
        {
            migrationBuilder.Sql($"ALTER TABLE \"InventoryYears\" DROP COLUMN \"{column}\"");
        }
    }
}
