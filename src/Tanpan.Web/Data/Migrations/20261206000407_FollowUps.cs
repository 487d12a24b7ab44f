using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>The yearly 成效追蹤表 follow-ups of closed guidance cases and their reported measures (issue 20 item 5; docs/follow-ups.md).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000407_FollowUps")]
public sealed class FollowUps : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "FollowUps",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                Ordinal = table.Column<int>(nullable: false),
                ReportingYear = table.Column<int>(nullable: false),
                DueOn = table.Column<DateOnly>(nullable: false),
                ClientOrganisationId = table.Column<Guid>(nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                Culture = table.Column<string>(maxLength: 10, nullable: false),
                RemindedAt = table.Column<DateTimeOffset>(nullable: true),
                OverdueRemindedAt = table.Column<DateTimeOffset>(nullable: true),
                ReturnedAt = table.Column<DateTimeOffset>(nullable: true),
                ReturnedByUserId = table.Column<Guid>(nullable: true),
                Scope1Tonnes = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                Scope2Tonnes = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                Intensity = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                IntensityUnit = table.Column<string>(maxLength: 100, nullable: true),
                OtherResults = table.Column<string>(maxLength: 2000, nullable: true),
                Remarks = table.Column<string>(maxLength: 2000, nullable: true),
                PrefillSource = table.Column<string>(maxLength: 500, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                RowVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FollowUps", x => x.Id);
                table.UniqueConstraint("AK_FollowUps_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_FollowUps_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_FollowUps_ProgrammeCases", x => new { x.OrganisationId, x.CaseId }, "ProgrammeCases", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_FollowUps_CaseOrdinal", "FollowUps", ["OrganisationId", "CaseId", "Ordinal"], unique: true);
        migrationBuilder.CreateIndex("IX_FollowUps_OrganisationId_DueOn", "FollowUps", ["OrganisationId", "DueOn"]);
        migrationBuilder.CreateIndex("IX_FollowUps_ClientOrganisationId", "FollowUps", "ClientOrganisationId");

        migrationBuilder.CreateTable(
            name: "FollowUpMeasures",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                FollowUpId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Description = table.Column<string>(maxLength: 300, nullable: false),
                SavedKwh = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                SavedTonnes = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                SavedNtd = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FollowUpMeasures", x => x.Id);
                table.ForeignKey("FK_FollowUpMeasures_FollowUps", x => new { x.OrganisationId, x.FollowUpId }, "FollowUps", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_FollowUpMeasures_Position", "FollowUpMeasures", ["OrganisationId", "FollowUpId", "Position"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("FollowUpMeasures");
        migrationBuilder.DropTable("FollowUps");
    }
}
