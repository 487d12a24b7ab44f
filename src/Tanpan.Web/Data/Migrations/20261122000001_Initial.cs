using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// The first schema. Hand-written and provider-neutral: no column types are named, so SQLite and
/// PostgreSQL each map the CLR types their own way (docs/decisions/0004).
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122000001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        CreateAccounts(migrationBuilder);
        CreateOrganisations(migrationBuilder);
        CreateInventories(migrationBuilder);
        CreateAuditEntries(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in (string[])["ActivityEntries", "Memberships", "EmissionSources", "ApiTokens", "InventoryYears",
            "Facilities", "EvidenceFiles", "Users", "Organisations", "AuditEntries"])
        {
            migrationBuilder.DropTable(table);
        }
    }

    private static void CreateAccounts(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Users",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: false),
                DisplayName = table.Column<string>(maxLength: 100, nullable: false),
                PasswordHash = table.Column<string>(maxLength: 500, nullable: true),
                FailedLoginCount = table.Column<int>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                IsAdministrator = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Users", x => x.Id));
        migrationBuilder.CreateIndex("IX_Users_NormalizedEmail", "Users", "NormalizedEmail", unique: true);

        migrationBuilder.CreateTable(
            name: "ApiTokens",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                LastUsedAt = table.Column<DateTimeOffset>(nullable: true),
                RevokedAt = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ApiTokens", x => x.Id);
                table.ForeignKey("FK_ApiTokens_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ApiTokens_TokenHash", "ApiTokens", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_ApiTokens_UserId", "ApiTokens", "UserId");
    }

    private static void CreateOrganisations(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Organisations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                TaxId = table.Column<string>(maxLength: 8, nullable: true),
                FactoryRegistrationNumber = table.Column<string>(maxLength: 20, nullable: true),
                IndustryCode = table.Column<string>(maxLength: 2, nullable: true),
                IsMidSizedBackbone = table.Column<bool>(nullable: false),
                IndustrialZone = table.Column<string>(maxLength: 100, nullable: true),
                Address = table.Column<string>(maxLength: 300, nullable: true),
                CapitalNtd = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                Employees = table.Column<int>(nullable: true),
                RepresentativeName = table.Column<string>(maxLength: 100, nullable: true),
                RepresentativeTitle = table.Column<string>(maxLength: 100, nullable: true),
                ContactName = table.Column<string>(maxLength: 100, nullable: true),
                ContactTitle = table.Column<string>(maxLength: 100, nullable: true),
                ContactPhone = table.Column<string>(maxLength: 50, nullable: true),
                ContactFax = table.Column<string>(maxLength: 50, nullable: true),
                ContactEmail = table.Column<string>(maxLength: 256, nullable: true),
                ExportSharePercent = table.Column<decimal>(precision: 5, scale: 2, nullable: true),
                MainProducts = table.Column<string>(maxLength: 1000, nullable: true),
                AnnualOutput = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                AnnualOutputUnit = table.Column<string>(maxLength: 20, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Organisations", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Facilities",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Address = table.Column<string>(maxLength: 300, nullable: true),
                FactoryRegistrationNumber = table.Column<string>(maxLength: 20, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Facilities", x => x.Id);
                table.UniqueConstraint("AK_Facilities_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_Facilities_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Facilities_OrganisationId_Name", "Facilities", ["OrganisationId", "Name"], unique: true);

        migrationBuilder.CreateTable(
            name: "EvidenceFiles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                FileName = table.Column<string>(maxLength: 255, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                SizeBytes = table.Column<long>(nullable: false),
                StoredPath = table.Column<string>(maxLength: 500, nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                UploadedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EvidenceFiles", x => x.Id);
                table.UniqueConstraint("AK_EvidenceFiles_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_EvidenceFiles_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_EvidenceFiles_OrganisationId_Sha256", "EvidenceFiles", ["OrganisationId", "Sha256"]);
    }

    private static void CreateInventories(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "InventoryYears",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Boundary = table.Column<string>(maxLength: 30, nullable: false),
                PeriodStart = table.Column<DateOnly>(nullable: false),
                PeriodEnd = table.Column<DateOnly>(nullable: false),
                FactorSetId = table.Column<string>(maxLength: 50, nullable: false),
                GwpSetId = table.Column<string>(maxLength: 20, nullable: false),
                IsBaseYear = table.Column<bool>(nullable: false),
                LockedAt = table.Column<DateTimeOffset>(nullable: true),
                LockedByUserId = table.Column<Guid>(nullable: true),
                UnlockReason = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InventoryYears", x => x.Id);
                table.UniqueConstraint("AK_InventoryYears_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_InventoryYears_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_InventoryYears_OrganisationId_Year", "InventoryYears", ["OrganisationId", "Year"], unique: true);

        migrationBuilder.CreateTable(
            name: "Memberships",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 20, nullable: false),
                InventoryYearId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Memberships", x => x.Id);
                table.ForeignKey("FK_Memberships_InventoryYears_OrganisationId_InventoryYearId", x => new { x.OrganisationId, x.InventoryYearId },
                    "InventoryYears", ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Memberships_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Memberships_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Memberships_OrganisationId_InventoryYearId", "Memberships", ["OrganisationId", "InventoryYearId"]);
        migrationBuilder.CreateIndex("IX_Memberships_OrganisationId_UserId", "Memberships", ["OrganisationId", "UserId"], unique: true);
        migrationBuilder.CreateIndex("IX_Memberships_UserId", "Memberships", "UserId");

        migrationBuilder.CreateTable(
            name: "EmissionSources",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                InventoryYearId = table.Column<Guid>(nullable: false),
                FacilityId = table.Column<Guid>(nullable: false),
                Process = table.Column<string>(maxLength: 200, nullable: true),
                Equipment = table.Column<string>(maxLength: 200, nullable: true),
                SourceType = table.Column<string>(maxLength: 20, nullable: false),
                MaterialKey = table.Column<string>(maxLength: 100, nullable: false),
                Category = table.Column<int>(nullable: false),
                Gases = table.Column<string>(maxLength: 100, nullable: false),
                SignificanceR = table.Column<int>(nullable: true),
                SignificanceC = table.Column<int>(nullable: true),
                SignificanceP = table.Column<int>(nullable: true),
                RequiredByLawOrCustomer = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EmissionSources", x => x.Id);
                table.UniqueConstraint("AK_EmissionSources_OrganisationId_InventoryYearId_Id", x => new { x.OrganisationId, x.InventoryYearId, x.Id });
                table.ForeignKey("FK_EmissionSources_Facilities_OrganisationId_FacilityId", x => new { x.OrganisationId, x.FacilityId },
                    "Facilities", ["OrganisationId", "Id"], onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_EmissionSources_InventoryYears", x => new { x.OrganisationId, x.InventoryYearId },
                    "InventoryYears", ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_EmissionSources_OrganisationId_FacilityId", "EmissionSources", ["OrganisationId", "FacilityId"]);

        // Without Note: 20261122000002_ActivityEntryNote adds it.
        migrationBuilder.CreateTable(
            name: "ActivityEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                InventoryYearId = table.Column<Guid>(nullable: false),
                EmissionSourceId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Month = table.Column<int>(nullable: true),
                Amount = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                Unit = table.Column<string>(maxLength: 20, nullable: false),
                DataSourceMethod = table.Column<string>(maxLength: 100, nullable: true),
                EvidenceFileId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActivityEntries", x => x.Id);
                table.ForeignKey("FK_ActivityEntries_EmissionSources", x => new { x.OrganisationId, x.InventoryYearId, x.EmissionSourceId },
                    "EmissionSources", ["OrganisationId", "InventoryYearId", "Id"], onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ActivityEntries_EvidenceFiles_OrganisationId_EvidenceFileId", x => new { x.OrganisationId, x.EvidenceFileId },
                    "EvidenceFiles", ["OrganisationId", "Id"], onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ActivityEntries_EmissionSource", "ActivityEntries", ["OrganisationId", "InventoryYearId", "EmissionSourceId"]);
        migrationBuilder.CreateIndex("IX_ActivityEntries_OrganisationId_EvidenceFileId", "ActivityEntries", ["OrganisationId", "EvidenceFileId"]);
    }

    private static void CreateAuditEntries(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                InventoryYearId = table.Column<Guid>(nullable: true),
                EntityType = table.Column<string>(maxLength: 100, nullable: false),
                EntityId = table.Column<Guid>(nullable: false),
                Action = table.Column<string>(maxLength: 10, nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                At = table.Column<DateTimeOffset>(nullable: false),
                OldValues = table.Column<string>(nullable: true),
                NewValues = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));
        migrationBuilder.CreateIndex("IX_AuditEntries_OrganisationId_EntityType_EntityId", "AuditEntries", ["OrganisationId", "EntityType", "EntityId"]);
        migrationBuilder.CreateIndex("IX_AuditEntries_OrganisationId_InventoryYearId", "AuditEntries", ["OrganisationId", "InventoryYearId"]);
    }
}
