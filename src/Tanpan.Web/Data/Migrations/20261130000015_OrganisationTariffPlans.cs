using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>Organisations' own time-of-use plans and their stored versions (issue 5, item 6; docs/monitoring.md).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261130000015_OrganisationTariffPlans")]
public sealed class OrganisationTariffPlans : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "OrganisationTariffPlans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                PlanId = table.Column<string>(maxLength: 100, nullable: false),
                NameZh = table.Column<string>(maxLength: 200, nullable: false),
                Version = table.Column<int>(nullable: false),
                Csv = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrganisationTariffPlans", x => x.Id);
                table.UniqueConstraint("AK_OrganisationTariffPlans_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_OrganisationTariffPlans_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_OrganisationTariffPlans_OrganisationId_PlanId", "OrganisationTariffPlans", ["OrganisationId", "PlanId"], unique: true);

        migrationBuilder.CreateTable(
            name: "OrganisationTariffPlanVersions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                TariffPlanId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Csv = table.Column<string>(nullable: false),
                CreatedByUserId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrganisationTariffPlanVersions", x => x.Id);
                table.ForeignKey("FK_OrganisationTariffPlanVersions_Plans", x => new { x.OrganisationId, x.TariffPlanId }, "OrganisationTariffPlans",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_OrganisationTariffPlanVersions_Version", "OrganisationTariffPlanVersions",
            ["OrganisationId", "TariffPlanId", "Version"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("OrganisationTariffPlanVersions");
        migrationBuilder.DropTable("OrganisationTariffPlans");
    }
}
