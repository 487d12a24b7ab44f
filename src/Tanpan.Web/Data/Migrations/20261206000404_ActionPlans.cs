using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// Sector action plans (issue 20 item 7; docs/action-plans.md): a plan per organisation and year with its policy areas,
/// measures, emissions against targets and the intensity indicator. Every key and foreign key carries the organisation id.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000404_ActionPlans")]
public sealed class ActionPlans : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "SectorActionPlans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Sector = table.Column<string>(maxLength: 100, nullable: false),
                SourceFile = table.Column<string>(maxLength: 200, nullable: true),
                ImportedAt = table.Column<DateTimeOffset>(nullable: false),
                RowVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SectorActionPlans", x => x.Id);
                table.UniqueConstraint("AK_SectorActionPlans_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_SectorActionPlans_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_SectorActionPlans_OrganisationId_Year", "SectorActionPlans", ["OrganisationId", "Year"], unique: true);

        migrationBuilder.CreateTable(
            name: "SectorPlanPolicies",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Code = table.Column<string>(maxLength: 20, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                PlannedBudgetTenThousandNtd = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                BudgetPeriod = table.Column<string>(maxLength: 50, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SectorPlanPolicies", x => x.Id);
                table.ForeignKey("FK_SectorPlanPolicies_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_SectorPlanPolicies_Plans", x => new { x.OrganisationId, x.PlanId }, "SectorActionPlans", ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SectorPlanPolicies_OrganisationId_PlanId_Code", "SectorPlanPolicies", ["OrganisationId", "PlanId", "Code"], unique: true);

        migrationBuilder.CreateTable(
            name: "SectorPlanMeasures",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Number = table.Column<string>(maxLength: 20, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                PolicyCode = table.Column<string>(maxLength: 20, nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Agency = table.Column<string>(maxLength: 50, nullable: false),
                Unit = table.Column<string>(maxLength: 50, nullable: true),
                CoAgency = table.Column<string>(maxLength: 50, nullable: true),
                Period = table.Column<string>(maxLength: 50, nullable: true),
                Expected = table.Column<string>(maxLength: 2000, nullable: true),
                Result = table.Column<string>(maxLength: 2000, nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                BudgetTenThousandNtd = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                BudgetSource = table.Column<string>(maxLength: 100, nullable: true),
                PrivateInvestmentTenThousandNtd = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                ReductionTenThousandTonnes = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                ReductionBasis = table.Column<string>(maxLength: 50, nullable: true),
                People = table.Column<int>(nullable: true),
                Sessions = table.Column<int>(nullable: true),
                RowVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SectorPlanMeasures", x => x.Id);
                table.ForeignKey("FK_SectorPlanMeasures_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_SectorPlanMeasures_Plans", x => new { x.OrganisationId, x.PlanId }, "SectorActionPlans", ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SectorPlanMeasures_OrganisationId_PlanId_Number", "SectorPlanMeasures", ["OrganisationId", "PlanId", "Number"], unique: true);

        migrationBuilder.CreateTable(
            name: "SectorPlanEmissions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                TargetMillionTonnes = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                EmissionsMillionTonnes = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SectorPlanEmissions", x => x.Id);
                table.ForeignKey("FK_SectorPlanEmissions_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_SectorPlanEmissions_Plans", x => new { x.OrganisationId, x.PlanId }, "SectorActionPlans", ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SectorPlanEmissions_OrganisationId_PlanId_Year", "SectorPlanEmissions", ["OrganisationId", "PlanId", "Year"], unique: true);

        migrationBuilder.CreateTable(
            name: "SectorPlanIntensities",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                BaseYear = table.Column<int>(nullable: false),
                TargetReductionPercent = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                AchievedReductionPercent = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SectorPlanIntensities", x => x.Id);
                table.ForeignKey("FK_SectorPlanIntensities_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_SectorPlanIntensities_Plans", x => new { x.OrganisationId, x.PlanId }, "SectorActionPlans", ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SectorPlanIntensities_OrganisationId_PlanId_Year", "SectorPlanIntensities", ["OrganisationId", "PlanId", "Year"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("SectorPlanIntensities");
        migrationBuilder.DropTable("SectorPlanEmissions");
        migrationBuilder.DropTable("SectorPlanMeasures");
        migrationBuilder.DropTable("SectorPlanPolicies");
        migrationBuilder.DropTable("SectorActionPlans");
    }
}
