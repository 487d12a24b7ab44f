using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>Guidance programmes: programmes, services, applications (附表1–3), their products and per-service requests (issue 20; docs/programmes.md).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000402_Programmes")]
public sealed class Programmes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Programmes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                TitleZh = table.Column<string>(maxLength: 200, nullable: false),
                TitleEn = table.Column<string>(maxLength: 200, nullable: false),
                Source = table.Column<string>(maxLength: 500, nullable: true),
                AcceptsApplications = table.Column<bool>(nullable: false),
                LastApplicationNumber = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                RowVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Programmes", x => x.Id);
                table.UniqueConstraint("AK_Programmes_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_Programmes_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Programmes_OrganisationId_Year", "Programmes", ["OrganisationId", "Year"]);

        migrationBuilder.CreateTable(
            name: "ProgrammeServices",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                ProgrammeId = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 40, nullable: false),
                Position = table.Column<int>(nullable: false),
                FormGroup = table.Column<int>(nullable: false),
                NameZh = table.Column<string>(maxLength: 100, nullable: false),
                NameEn = table.Column<string>(maxLength: 100, nullable: false),
                Quota = table.Column<int>(nullable: false),
                CoPaymentNtd = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                CoPaymentNoteZh = table.Column<string>(maxLength: 200, nullable: true),
                CoPaymentNoteEn = table.Column<string>(maxLength: 200, nullable: true),
                DeliveredBy = table.Column<string>(maxLength: 200, nullable: false),
                OpensOn = table.Column<DateOnly>(nullable: false),
                ClosesOn = table.Column<DateOnly>(nullable: true),
                BySelection = table.Column<bool>(nullable: false),
                HasStages = table.Column<bool>(nullable: false),
                RequiresFootprintForms = table.Column<bool>(nullable: false),
                EligibilityRules = table.Column<string>(maxLength: 500, nullable: false),
                PriorityRule = table.Column<string>(maxLength: 40, nullable: false),
                SeatsTaken = table.Column<int>(nullable: false),
                RowVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProgrammeServices", x => x.Id);
                table.UniqueConstraint("AK_ProgrammeServices_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_ProgrammeServices_Programmes", x => new { x.OrganisationId, x.ProgrammeId }, "Programmes",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProgrammeServices_OrganisationId_ProgrammeId_Key", "ProgrammeServices",
            ["OrganisationId", "ProgrammeId", "Key"], unique: true);

        migrationBuilder.CreateTable(
            name: "ProgrammeApplications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                ProgrammeId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: true),
                ApplicantOrganisationId = table.Column<Guid>(nullable: true),
                FactoryName = table.Column<string>(maxLength: 300, nullable: false),
                IsMidSizedBackbone = table.Column<bool>(nullable: false),
                TaxId = table.Column<string>(maxLength: 8, nullable: false),
                FactoryRegistrationNumber = table.Column<string>(maxLength: 100, nullable: true),
                IndustryCode = table.Column<string>(maxLength: 2, nullable: false),
                IndustrialPark = table.Column<string>(maxLength: 100, nullable: true),
                Address = table.Column<string>(maxLength: 300, nullable: false),
                CapitalTenThousandNtd = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                RepresentativeName = table.Column<string>(maxLength: 100, nullable: false),
                RepresentativeTitle = table.Column<string>(maxLength: 100, nullable: true),
                ContactName = table.Column<string>(maxLength: 100, nullable: false),
                ContactTitle = table.Column<string>(maxLength: 100, nullable: true),
                Phone = table.Column<string>(maxLength: 100, nullable: false),
                Fax = table.Column<string>(maxLength: 100, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                Employees = table.Column<int>(nullable: false),
                DomesticPercent = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                ExportPercent = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                ExportUsPercent = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                ExportJapanPercent = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                ExportEuropePercent = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                ExportOtherPercent = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                PreferredVisitMonths = table.Column<string>(maxLength: 100, nullable: true),
                IsFirstBatchSource = table.Column<bool>(nullable: false),
                IsSupplyChainMember = table.Column<bool>(nullable: false),
                IsCbamExposed = table.Column<bool>(nullable: false),
                IsRenewableGenerationProject = table.Column<bool>(nullable: false),
                FootprintProductMadeAtFactory = table.Column<bool>(nullable: false),
                HasOffsetExperience = table.Column<bool>(nullable: false),
                ReductionSiteIsFirstBatch = table.Column<bool>(nullable: false),
                PersonalDataConsent = table.Column<bool>(nullable: false),
                Form2Answers = table.Column<string>(maxLength: 5, nullable: true),
                Revenue1 = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                Revenue2 = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                Revenue3 = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                TopSuppliers = table.Column<string>(maxLength: 2000, nullable: true),
                TopCustomers = table.Column<string>(maxLength: 2000, nullable: true),
                TargetProduct = table.Column<string>(maxLength: 2000, nullable: true),
                TargetProductRevenuePercent = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                TargetProductCccCode = table.Column<string>(maxLength: 100, nullable: true),
                ProcessDescription = table.Column<string>(maxLength: 2000, nullable: true),
                FootprintReason = table.Column<string>(maxLength: 2000, nullable: true),
                TeamDescription = table.Column<string>(maxLength: 2000, nullable: true),
                ExecutiveName = table.Column<string>(maxLength: 100, nullable: true),
                ExecutiveTitle = table.Column<string>(maxLength: 100, nullable: true),
                Culture = table.Column<string>(maxLength: 10, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                ConfirmedAt = table.Column<DateTimeOffset>(nullable: true),
                RowVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProgrammeApplications", x => x.Id);
                table.UniqueConstraint("AK_ProgrammeApplications_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_ProgrammeApplications_Programmes", x => new { x.OrganisationId, x.ProgrammeId }, "Programmes",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProgrammeApplications_Number", "ProgrammeApplications", ["OrganisationId", "ProgrammeId", "Number"], unique: true);
        migrationBuilder.CreateIndex("IX_ProgrammeApplications_OrganisationId_TaxId", "ProgrammeApplications", ["OrganisationId", "TaxId"]);

        migrationBuilder.CreateTable(
            name: "ProgrammeApplicationProducts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                ApplicationId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Output = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                Unit = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProgrammeApplicationProducts", x => x.Id);
                table.ForeignKey("FK_ProgrammeApplicationProducts_Applications", x => new { x.OrganisationId, x.ApplicationId }, "ProgrammeApplications",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProgrammeApplicationProducts_Position", "ProgrammeApplicationProducts",
            ["OrganisationId", "ApplicationId", "Position"], unique: true);

        migrationBuilder.CreateTable(
            name: "ProgrammeRequests",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                ApplicationId = table.Column<Guid>(nullable: false),
                ServiceId = table.Column<Guid>(nullable: false),
                Stage = table.Column<string>(maxLength: 40, nullable: true),
                State = table.Column<string>(maxLength: 24, nullable: false),
                HoldsSeat = table.Column<bool>(nullable: false),
                PriorityLevel = table.Column<int>(nullable: false),
                Checks = table.Column<string>(maxLength: 1000, nullable: false),
                ArrivedAt = table.Column<DateTimeOffset>(nullable: true),
                DecidedAt = table.Column<DateTimeOffset>(nullable: true),
                DecidedByUserId = table.Column<Guid>(nullable: true),
                Reason = table.Column<string>(maxLength: 500, nullable: true),
                BureauApprovedOn = table.Column<DateOnly>(nullable: true),
                BureauReference = table.Column<string>(maxLength: 100, nullable: true),
                RowVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProgrammeRequests", x => x.Id);
                table.ForeignKey("FK_ProgrammeRequests_Applications", x => new { x.OrganisationId, x.ApplicationId }, "ProgrammeApplications",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ProgrammeRequests_Services", x => new { x.OrganisationId, x.ServiceId }, "ProgrammeServices",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ProgrammeRequests_ApplicationService", "ProgrammeRequests", ["OrganisationId", "ApplicationId", "ServiceId"], unique: true);
        migrationBuilder.CreateIndex("IX_ProgrammeRequests_ServiceState", "ProgrammeRequests", ["OrganisationId", "ServiceId", "State"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("ProgrammeRequests");
        migrationBuilder.DropTable("ProgrammeApplicationProducts");
        migrationBuilder.DropTable("ProgrammeApplications");
        migrationBuilder.DropTable("ProgrammeServices");
        migrationBuilder.DropTable("Programmes");
    }
}
