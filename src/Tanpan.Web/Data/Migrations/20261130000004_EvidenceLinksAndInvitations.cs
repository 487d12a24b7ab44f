using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// Evidence belongs to one activity entry (<c>InventoryYearId</c>, <c>ActivityEntryId</c>, a composite foreign key
/// that cascades from the entry), and owners' invitations for new members. Rows of the old schema: an evidence file
/// an entry cites through <c>ActivityEntries.EvidenceFileId</c> is linked to that entry; one no entry cites could not
/// have been uploaded by any earlier version and is dropped.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261130000004_EvidenceLinksAndInvitations")]
public sealed class EvidenceLinksAndInvitations : Migration
{
    private const string EntryKey = "AK_ActivityEntries_OrganisationId_InventoryYearId_Id";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (IsSqlite(ActiveProvider))
        {
            // SQLite cannot add a constraint to a table: a unique index serves as the entry key, and
            // EvidenceFiles is rebuilt (create-copy-drop-rename). ActivityEntries' references to
            // EvidenceFiles dangle between the drop and the rename, so foreign keys are off meanwhile,
            // as in EF's own rebuilds (the pragma has no effect inside a transaction).
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            migrationBuilder.CreateIndex(EntryKey, "ActivityEntries", ["OrganisationId", "InventoryYearId", "Id"], unique: true);
            CreateEvidenceFiles(migrationBuilder, "EvidenceFiles_new", linked: true);
            migrationBuilder.Sql("""
                INSERT INTO "EvidenceFiles_new" ("Id", "OrganisationId", "InventoryYearId", "ActivityEntryId", "FileName", "ContentType", "SizeBytes", "StoredPath", "Sha256", "UploadedAt")
                SELECT e."Id", e."OrganisationId", a."InventoryYearId", a."Id", e."FileName", e."ContentType", e."SizeBytes", e."StoredPath", e."Sha256", e."UploadedAt"
                FROM "EvidenceFiles" e
                JOIN "ActivityEntries" a ON a."Id" = (SELECT MIN(c."Id") FROM "ActivityEntries" c WHERE c."EvidenceFileId" = e."Id" AND c."OrganisationId" = e."OrganisationId");
                """);
            migrationBuilder.DropTable("EvidenceFiles");
            migrationBuilder.RenameTable("EvidenceFiles_new", newName: "EvidenceFiles");
            migrationBuilder.CreateIndex("IX_EvidenceFiles_OrganisationId_Sha256", "EvidenceFiles", ["OrganisationId", "Sha256"]);
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
        }
        else
        {
            migrationBuilder.AddUniqueConstraint(EntryKey, "ActivityEntries", ["OrganisationId", "InventoryYearId", "Id"]);
            migrationBuilder.Sql("""
                ALTER TABLE "EvidenceFiles" ADD COLUMN "InventoryYearId" uuid, ADD COLUMN "ActivityEntryId" uuid;
                UPDATE "EvidenceFiles" e SET "InventoryYearId" = a."InventoryYearId", "ActivityEntryId" = a."Id"
                FROM "ActivityEntries" a
                WHERE a."Id" = (SELECT MIN(c."Id"::text)::uuid FROM "ActivityEntries" c WHERE c."EvidenceFileId" = e."Id" AND c."OrganisationId" = e."OrganisationId");
                DELETE FROM "EvidenceFiles" WHERE "ActivityEntryId" IS NULL;
                ALTER TABLE "EvidenceFiles" ALTER COLUMN "InventoryYearId" SET NOT NULL, ALTER COLUMN "ActivityEntryId" SET NOT NULL;
                ALTER TABLE "EvidenceFiles" ADD CONSTRAINT "FK_EvidenceFiles_ActivityEntries" FOREIGN KEY ("OrganisationId", "InventoryYearId", "ActivityEntryId")
                    REFERENCES "ActivityEntries" ("OrganisationId", "InventoryYearId", "Id") ON DELETE CASCADE;
                """);
        }

        migrationBuilder.CreateIndex("IX_EvidenceFiles_ActivityEntry", "EvidenceFiles", ["OrganisationId", "InventoryYearId", "ActivityEntryId"]);
        CreateInvitations(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("Invitations");
        migrationBuilder.DropIndex("IX_EvidenceFiles_ActivityEntry", "EvidenceFiles");
        if (IsSqlite(ActiveProvider))
        {
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            CreateEvidenceFiles(migrationBuilder, "EvidenceFiles_old", linked: false);
            migrationBuilder.Sql("""
                INSERT INTO "EvidenceFiles_old" ("Id", "OrganisationId", "FileName", "ContentType", "SizeBytes", "StoredPath", "Sha256", "UploadedAt")
                SELECT "Id", "OrganisationId", "FileName", "ContentType", "SizeBytes", "StoredPath", "Sha256", "UploadedAt" FROM "EvidenceFiles";
                """);
            migrationBuilder.DropTable("EvidenceFiles");
            migrationBuilder.RenameTable("EvidenceFiles_old", newName: "EvidenceFiles");
            migrationBuilder.CreateIndex("IX_EvidenceFiles_OrganisationId_Sha256", "EvidenceFiles", ["OrganisationId", "Sha256"]);
            migrationBuilder.DropIndex(EntryKey, "ActivityEntries");
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
        }
        else
        {
            migrationBuilder.Sql("""
                ALTER TABLE "EvidenceFiles" DROP CONSTRAINT "FK_EvidenceFiles_ActivityEntries";
                ALTER TABLE "EvidenceFiles" DROP COLUMN "InventoryYearId", DROP COLUMN "ActivityEntryId";
                """);
            migrationBuilder.DropUniqueConstraint(EntryKey, "ActivityEntries");
        }
    }

    private static bool IsSqlite(string? provider) => provider?.Contains("Sqlite", StringComparison.Ordinal) == true;

    /// <summary>The EvidenceFiles table under a temporary name, with or without its link to an entry (SQLite rebuilds).</summary>
    private static void CreateEvidenceFiles(MigrationBuilder migrationBuilder, string name, bool linked)
    {
        migrationBuilder.CreateTable(
            name: name,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                InventoryYearId = table.Column<Guid>(nullable: !linked),
                ActivityEntryId = table.Column<Guid>(nullable: !linked),
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
                if (linked)
                {
                    table.ForeignKey("FK_EvidenceFiles_ActivityEntries", x => new { x.OrganisationId, x.InventoryYearId, x.ActivityEntryId },
                        "ActivityEntries", ["OrganisationId", "InventoryYearId", "Id"], onDelete: ReferentialAction.Cascade);
                }
            });
    }

    private static void CreateInvitations(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Invitations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                Role = table.Column<string>(maxLength: 20, nullable: false),
                InventoryYearId = table.Column<Guid>(nullable: true),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                ExpiresAt = table.Column<DateTimeOffset>(nullable: false),
                AcceptedAt = table.Column<DateTimeOffset>(nullable: true),
                CreatedByUserId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Invitations", x => x.Id);
                table.ForeignKey("FK_Invitations_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Invitations_InventoryYears_OrganisationId_InventoryYearId", x => new { x.OrganisationId, x.InventoryYearId },
                    "InventoryYears", ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Invitations_TokenHash", "Invitations", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_Invitations_OrganisationId_InventoryYearId", "Invitations", ["OrganisationId", "InventoryYearId"]);
    }
}
