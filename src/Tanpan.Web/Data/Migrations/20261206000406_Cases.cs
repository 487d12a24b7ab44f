using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>Consulting teams, guidance cases with their stages, visit records and their files (issue 20 item 4; docs/programme-cases.md).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000406_Cases")]
public sealed class Cases : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        // A case points at its request by (organisation, id), like every key between tenant rows. SQLite cannot add a
        // constraint to a table in place, and both databases accept a unique index as the target of a foreign key.
        migrationBuilder.CreateIndex("AK_ProgrammeRequests_OrganisationId_Id", "ProgrammeRequests", ["OrganisationId", "Id"], unique: true);

        migrationBuilder.CreateTable(
            name: "ProgrammeTeams",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                ProgrammeId = table.Column<Guid>(nullable: false),
                TeamOrganisationId = table.Column<Guid>(nullable: false),
                NameZh = table.Column<string>(maxLength: 200, nullable: false),
                NameEn = table.Column<string>(maxLength: 200, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                RowVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProgrammeTeams", x => x.Id);
                table.UniqueConstraint("AK_ProgrammeTeams_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.UniqueConstraint("AK_ProgrammeTeams_Team", x => new { x.OrganisationId, x.ProgrammeId, x.TeamOrganisationId });
                table.ForeignKey("FK_ProgrammeTeams_Programmes", x => new { x.OrganisationId, x.ProgrammeId }, "Programmes", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ProgrammeTeams_TeamOrganisation", x => x.TeamOrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ProgrammeTeams_TeamOrganisationId", "ProgrammeTeams", "TeamOrganisationId");

        migrationBuilder.CreateTable(
            name: "ProgrammeTeamServices",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                TeamId = table.Column<Guid>(nullable: false),
                ServiceId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProgrammeTeamServices", x => x.Id);
                table.ForeignKey("FK_ProgrammeTeamServices_Teams", x => new { x.OrganisationId, x.TeamId }, "ProgrammeTeams", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ProgrammeTeamServices_Services", x => new { x.OrganisationId, x.ServiceId }, "ProgrammeServices", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ProgrammeTeamServices_TeamService", "ProgrammeTeamServices", ["OrganisationId", "TeamId", "ServiceId"], unique: true);
        migrationBuilder.CreateIndex("IX_ProgrammeTeamServices_Service", "ProgrammeTeamServices", ["OrganisationId", "ServiceId"]);

        migrationBuilder.CreateTable(
            name: "ProgrammeCases",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                ProgrammeId = table.Column<Guid>(nullable: false),
                ApplicationId = table.Column<Guid>(nullable: false),
                RequestId = table.Column<Guid>(nullable: false),
                ServiceId = table.Column<Guid>(nullable: false),
                TeamOrganisationId = table.Column<Guid>(nullable: false),
                OfficerUserId = table.Column<Guid>(nullable: true),
                ClientOrganisationId = table.Column<Guid>(nullable: true),
                ClientName = table.Column<string>(maxLength: 300, nullable: false),
                ApplicationNumber = table.Column<int>(nullable: true),
                StageKey = table.Column<string>(maxLength: 40, nullable: false),
                OpenedOn = table.Column<DateOnly>(nullable: false),
                ClosedOn = table.Column<DateOnly>(nullable: true),
                WorkspaceGrantId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                RowVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProgrammeCases", x => x.Id);
                table.UniqueConstraint("AK_ProgrammeCases_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_ProgrammeCases_Applications", x => new { x.OrganisationId, x.ApplicationId }, "ProgrammeApplications", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProgrammeCases_Requests", x => new { x.OrganisationId, x.RequestId }, "ProgrammeRequests", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProgrammeCases_Services", x => new { x.OrganisationId, x.ServiceId }, "ProgrammeServices", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProgrammeCases_Teams", x => new { x.OrganisationId, x.ProgrammeId, x.TeamOrganisationId }, "ProgrammeTeams",
                    ["OrganisationId", "ProgrammeId", "TeamOrganisationId"], onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProgrammeCases_Officer", x => x.OfficerUserId, "Users", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProgrammeCases_ClientOrganisation", x => x.ClientOrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ProgrammeCases_Request", "ProgrammeCases", ["OrganisationId", "RequestId"], unique: true);
        migrationBuilder.CreateIndex("IX_ProgrammeCases_TeamStage", "ProgrammeCases", ["OrganisationId", "TeamOrganisationId", "StageKey"]);
        migrationBuilder.CreateIndex("IX_ProgrammeCases_Officer", "ProgrammeCases", ["OrganisationId", "OfficerUserId"]);
        migrationBuilder.CreateIndex("IX_ProgrammeCases_ClosedOn", "ProgrammeCases", ["OrganisationId", "ClosedOn"]);
        migrationBuilder.CreateIndex("IX_ProgrammeCases_OrganisationId_ApplicationId", "ProgrammeCases", ["OrganisationId", "ApplicationId"]);
        migrationBuilder.CreateIndex("IX_ProgrammeCases_OrganisationId_ServiceId", "ProgrammeCases", ["OrganisationId", "ServiceId"]);
        migrationBuilder.CreateIndex("IX_ProgrammeCases_OrganisationId_ProgrammeId_TeamOrganisationId", "ProgrammeCases", ["OrganisationId", "ProgrammeId", "TeamOrganisationId"]);
        migrationBuilder.CreateIndex("IX_ProgrammeCases_ClientOrganisationId", "ProgrammeCases", "ClientOrganisationId");
        migrationBuilder.CreateIndex("IX_ProgrammeCases_OfficerUserId", "ProgrammeCases", "OfficerUserId");

        migrationBuilder.CreateTable(
            name: "ProgrammeCaseStages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 40, nullable: false),
                Position = table.Column<int>(nullable: false),
                DueOn = table.Column<DateOnly>(nullable: false),
                CompletedOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProgrammeCaseStages", x => x.Id);
                table.ForeignKey("FK_ProgrammeCaseStages_Cases", x => new { x.OrganisationId, x.CaseId }, "ProgrammeCases", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProgrammeCaseStages_Key", "ProgrammeCaseStages", ["OrganisationId", "CaseId", "Key"], unique: true);
        migrationBuilder.CreateIndex("IX_ProgrammeCaseStages_Position", "ProgrammeCaseStages", ["OrganisationId", "CaseId", "Position"], unique: true);

        migrationBuilder.CreateTable(
            name: "CaseVisits",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                VisitedOn = table.Column<DateOnly>(nullable: false),
                PeoplePresent = table.Column<string>(maxLength: 1000, nullable: false),
                Findings = table.Column<string>(maxLength: 4000, nullable: false),
                NextSteps = table.Column<string>(maxLength: 2000, nullable: false),
                RecordedByUserId = table.Column<Guid>(nullable: true),
                RecordedAt = table.Column<DateTimeOffset>(nullable: false),
                RowVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CaseVisits", x => x.Id);
                table.UniqueConstraint("AK_CaseVisits_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_CaseVisits_Cases", x => new { x.OrganisationId, x.CaseId }, "ProgrammeCases", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_CaseVisits_RecordedBy", x => x.RecordedByUserId, "Users", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_CaseVisits_CaseDate", "CaseVisits", ["OrganisationId", "CaseId", "VisitedOn"]);
        migrationBuilder.CreateIndex("IX_CaseVisits_RecordedByUserId", "CaseVisits", "RecordedByUserId");

        migrationBuilder.CreateTable(
            name: "CaseVisitFiles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                VisitId = table.Column<Guid>(nullable: false),
                FileName = table.Column<string>(maxLength: 255, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                SizeBytes = table.Column<long>(nullable: false),
                StoredPath = table.Column<string>(maxLength: 500, nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                UploadedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CaseVisitFiles", x => x.Id);
                table.ForeignKey("FK_CaseVisitFiles_Visits", x => new { x.OrganisationId, x.VisitId }, "CaseVisits", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CaseVisitFiles_Visit", "CaseVisitFiles", ["OrganisationId", "VisitId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("CaseVisitFiles");
        migrationBuilder.DropTable("CaseVisits");
        migrationBuilder.DropTable("ProgrammeCaseStages");
        migrationBuilder.DropTable("ProgrammeCases");
        migrationBuilder.DropTable("ProgrammeTeamServices");
        migrationBuilder.DropTable("ProgrammeTeams");
        migrationBuilder.DropIndex("AK_ProgrammeRequests_OrganisationId_Id", "ProgrammeRequests");
    }
}
