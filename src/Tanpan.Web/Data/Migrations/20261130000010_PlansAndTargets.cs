using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>Reduction plans with their measures, and emission targets (issue 6: plans, abatement curve, targets).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261130000010_PlansAndTargets")]
public sealed class PlansAndTargets : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "ReductionPlans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                BaseInventoryYearId = table.Column<Guid>(nullable: false),
                FacilityId = table.Column<Guid>(nullable: true),
                EndYear = table.Column<int>(nullable: false),
                GrowthPercent = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                DiscountRate = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                HighLeakage = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReductionPlans", x => x.Id);
                table.UniqueConstraint("AK_ReductionPlans_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_ReductionPlans_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ReductionPlans_InventoryYears", x => new { x.OrganisationId, x.BaseInventoryYearId }, "InventoryYears",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ReductionPlans_Facilities", x => new { x.OrganisationId, x.FacilityId }, "Facilities",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ReductionPlans_OrganisationId_BaseInventoryYearId", "ReductionPlans", ["OrganisationId", "BaseInventoryYearId"]);
        migrationBuilder.CreateIndex("IX_ReductionPlans_OrganisationId_FacilityId", "ReductionPlans", ["OrganisationId", "FacilityId"]);

        migrationBuilder.CreateTable(
            name: "PlanMeasures",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 50, nullable: false),
                Label = table.Column<string>(maxLength: 200, nullable: true),
                ParametersJson = table.Column<string>(maxLength: 4000, nullable: false),
                LifetimeYears = table.Column<int>(nullable: false),
                StartYear = table.Column<int>(nullable: false),
                ImplementedOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlanMeasures", x => x.Id);
                table.ForeignKey("FK_PlanMeasures_ReductionPlans", x => new { x.OrganisationId, x.PlanId }, "ReductionPlans",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PlanMeasures_OrganisationId_PlanId", "PlanMeasures", ["OrganisationId", "PlanId"]);

        migrationBuilder.CreateTable(
            name: "EmissionTargets",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                BaseYear = table.Column<int>(nullable: false),
                TargetYear = table.Column<int>(nullable: false),
                AnnualReductionPercent = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                MilestonesJson = table.Column<string>(maxLength: 4000, nullable: true),
                Scopes = table.Column<string>(maxLength: 20, nullable: false),
                PlanId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EmissionTargets", x => x.Id);
                table.ForeignKey("FK_EmissionTargets_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_EmissionTargets_ReductionPlans", x => new { x.OrganisationId, x.PlanId }, "ReductionPlans",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_EmissionTargets_OrganisationId_PlanId", "EmissionTargets", ["OrganisationId", "PlanId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("EmissionTargets");
        migrationBuilder.DropTable("PlanMeasures");
        migrationBuilder.DropTable("ReductionPlans");
    }
}
