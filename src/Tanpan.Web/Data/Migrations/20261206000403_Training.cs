using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>Training courses, sessions and their days, registrations, attendance and certificates (issue 20 item 6; docs/training.md).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000403_Training")]
public sealed class Training : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "TrainingCourses",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                TierKey = table.Column<string>(maxLength: 20, nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                RowVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TrainingCourses", x => x.Id);
                table.UniqueConstraint("AK_TrainingCourses_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_TrainingCourses_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "TrainingSessions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                CourseId = table.Column<Guid>(nullable: false),
                Place = table.Column<string>(maxLength: 200, nullable: false),
                Capacity = table.Column<int>(nullable: false),
                SeatsTaken = table.Column<int>(nullable: false),
                RegistrationOpen = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TrainingSessions", x => x.Id);
                table.UniqueConstraint("AK_TrainingSessions_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_TrainingSessions_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_TrainingSessions_TrainingCourses", x => new { x.OrganisationId, x.CourseId }, "TrainingCourses", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_TrainingSessions_OrganisationId_CourseId", "TrainingSessions", ["OrganisationId", "CourseId"]);

        migrationBuilder.CreateTable(
            name: "TrainingSessionDays",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                Day = table.Column<int>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Hours = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TrainingSessionDays", x => x.Id);
                table.ForeignKey("FK_TrainingSessionDays_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_TrainingSessionDays_TrainingSessions", x => new { x.OrganisationId, x.SessionId }, "TrainingSessions", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_TrainingSessionDays_OrganisationId_SessionId_Day", "TrainingSessionDays", ["OrganisationId", "SessionId", "Day"], unique: true);

        migrationBuilder.CreateTable(
            name: "TrainingRegistrations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                CompanyName = table.Column<string>(maxLength: 200, nullable: false),
                TaxId = table.Column<string>(maxLength: 8, nullable: false),
                PersonName = table.Column<string>(maxLength: 100, nullable: false),
                JobTitle = table.Column<string>(maxLength: 100, nullable: true),
                Email = table.Column<string>(maxLength: 254, nullable: false),
                Phone = table.Column<string>(maxLength: 50, nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                ActiveEmailKey = table.Column<string>(maxLength: 254, nullable: true),
                LinkedOrganisationId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TrainingRegistrations", x => x.Id);
                table.UniqueConstraint("AK_TrainingRegistrations_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_TrainingRegistrations_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_TrainingRegistrations_TrainingSessions", x => new { x.OrganisationId, x.SessionId }, "TrainingSessions", ["OrganisationId", "Id"],
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_TrainingRegistrations_LinkedOrganisation", x => x.LinkedOrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_TrainingRegistrations_ActiveEmail", "TrainingRegistrations", ["OrganisationId", "SessionId", "ActiveEmailKey"], unique: true);
        migrationBuilder.CreateIndex("IX_TrainingRegistrations_TaxId", "TrainingRegistrations", "TaxId");
        migrationBuilder.CreateIndex("IX_TrainingRegistrations_LinkedOrganisationId", "TrainingRegistrations", "LinkedOrganisationId");

        migrationBuilder.CreateTable(
            name: "TrainingAttendances",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                RegistrationId = table.Column<Guid>(nullable: false),
                Day = table.Column<int>(nullable: false),
                Present = table.Column<bool>(nullable: false),
                RecordedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TrainingAttendances", x => x.Id);
                table.ForeignKey("FK_TrainingAttendances_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_TrainingAttendances_TrainingRegistrations", x => new { x.OrganisationId, x.RegistrationId }, "TrainingRegistrations",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_TrainingAttendances_OrganisationId_RegistrationId_Day", "TrainingAttendances", ["OrganisationId", "RegistrationId", "Day"], unique: true);

        migrationBuilder.CreateTable(
            name: "TrainingCertificates",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                RegistrationId = table.Column<Guid>(nullable: false),
                Number = table.Column<string>(maxLength: 40, nullable: false),
                Year = table.Column<int>(nullable: false),
                TierKey = table.Column<string>(maxLength: 20, nullable: false),
                Sequence = table.Column<int>(nullable: false),
                CheckCode = table.Column<string>(maxLength: 10, nullable: false),
                HolderName = table.Column<string>(maxLength: 100, nullable: false),
                CompanyName = table.Column<string>(maxLength: 200, nullable: false),
                TaxId = table.Column<string>(maxLength: 8, nullable: false),
                CourseTitle = table.Column<string>(maxLength: 200, nullable: false),
                CompletedOn = table.Column<DateOnly>(nullable: false),
                IssuedAt = table.Column<DateTimeOffset>(nullable: false),
                RevokedAt = table.Column<DateTimeOffset>(nullable: true),
                RevokedReason = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TrainingCertificates", x => x.Id);
                table.ForeignKey("FK_TrainingCertificates_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_TrainingCertificates_TrainingRegistrations", x => new { x.OrganisationId, x.RegistrationId }, "TrainingRegistrations",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_TrainingCertificates_OrganisationId_Number", "TrainingCertificates", ["OrganisationId", "Number"], unique: true);
        migrationBuilder.CreateIndex("IX_TrainingCertificates_OrganisationId_RegistrationId", "TrainingCertificates", ["OrganisationId", "RegistrationId"], unique: true);
        migrationBuilder.CreateIndex("IX_TrainingCertificates_PublicNumber", "TrainingCertificates", "Number");
        migrationBuilder.CreateIndex("IX_TrainingCertificates_TaxId", "TrainingCertificates", "TaxId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("TrainingCertificates");
        migrationBuilder.DropTable("TrainingAttendances");
        migrationBuilder.DropTable("TrainingRegistrations");
        migrationBuilder.DropTable("TrainingSessionDays");
        migrationBuilder.DropTable("TrainingSessions");
        migrationBuilder.DropTable("TrainingCourses");
    }
}
