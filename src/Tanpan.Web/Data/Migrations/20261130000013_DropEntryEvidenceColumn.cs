using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// Drops <c>ActivityEntries.EvidenceFileId</c> (its foreign key to <c>EvidenceFiles</c> and its index). Since
/// migration 0004 evidence names its entry (<c>EvidenceFiles.ActivityEntryId</c>) and no code reads or writes the
/// column; 0004 already linked every evidence file an entry cited through it. Entries keep every other value.
/// Down restores the column from those links (an entry's first evidence file), which is what 0004's own Down needs.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261130000013_DropEntryEvidenceColumn")]
public sealed class DropEntryEvidenceColumn : Migration
{
    private const string ForeignKey = "FK_ActivityEntries_EvidenceFiles_OrganisationId_EvidenceFileId";
    private const string Index = "IX_ActivityEntries_OrganisationId_EvidenceFileId";

    /// <summary>The columns both shapes of the table share, in order.</summary>
    private const string Columns = "\"Id\", \"OrganisationId\", \"InventoryYearId\", \"EmissionSourceId\", \"Year\", \"Month\", \"Amount\", \"Unit\", \"DataSourceMethod\", \"Note\", \"AmountPaidNtd\", \"UnitPriceNtd\"";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (IsSqlite(ActiveProvider))
        {
            // SQLite cannot drop a column that is in a foreign key: the table is rebuilt (create-copy-drop-rename)
            // with foreign keys off meanwhile, as in migration 0004 (EvidenceFiles refers to this table).
            Rebuild(migrationBuilder, withEvidenceColumn: false, copy: $"SELECT {Columns} FROM \"ActivityEntries\"");
        }
        else
        {
            migrationBuilder.Sql($"""
                ALTER TABLE "ActivityEntries" DROP CONSTRAINT "{ForeignKey}";
                DROP INDEX "{Index}";
                ALTER TABLE "ActivityEntries" DROP COLUMN "EvidenceFileId";
                """);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (IsSqlite(ActiveProvider))
        {
            Rebuild(migrationBuilder, withEvidenceColumn: true, copy: $"""
                SELECT {Columns}, (SELECT MIN(e."Id") FROM "EvidenceFiles" e WHERE e."ActivityEntryId" = a."Id" AND e."OrganisationId" = a."OrganisationId")
                FROM "ActivityEntries" a
                """);
        }
        else
        {
            migrationBuilder.Sql($"""
                ALTER TABLE "ActivityEntries" ADD COLUMN "EvidenceFileId" uuid NULL;
                UPDATE "ActivityEntries" a SET "EvidenceFileId" = (SELECT MIN(e."Id"::text)::uuid FROM "EvidenceFiles" e WHERE e."ActivityEntryId" = a."Id" AND e."OrganisationId" = a."OrganisationId");
                ALTER TABLE "ActivityEntries" ADD CONSTRAINT "{ForeignKey}" FOREIGN KEY ("OrganisationId", "EvidenceFileId")
                    REFERENCES "EvidenceFiles" ("OrganisationId", "Id") ON DELETE RESTRICT;
                CREATE INDEX "{Index}" ON "ActivityEntries" ("OrganisationId", "EvidenceFileId");
                """);
        }
    }

    /// <summary>SQLite: the table in its new shape, filled by <paramref name="copy"/>, under the old name, with its indexes.</summary>
    private static void Rebuild(MigrationBuilder migrationBuilder, bool withEvidenceColumn, string copy)
    {
        var evidenceColumn = withEvidenceColumn ? "\n    \"EvidenceFileId\" TEXT NULL," : "";
        var evidenceKey = withEvidenceColumn
            ? $",\n    CONSTRAINT \"{ForeignKey}\" FOREIGN KEY (\"OrganisationId\", \"EvidenceFileId\") REFERENCES \"EvidenceFiles\" (\"OrganisationId\", \"Id\") ON DELETE RESTRICT"
            : "";
        migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
        migrationBuilder.Sql($"""
            CREATE TABLE "ActivityEntries_new" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_ActivityEntries" PRIMARY KEY,
                "OrganisationId" TEXT NOT NULL,
                "InventoryYearId" TEXT NOT NULL,
                "EmissionSourceId" TEXT NOT NULL,
                "Year" INTEGER NOT NULL,
                "Month" INTEGER NULL,
                "Amount" TEXT NOT NULL,
                "Unit" TEXT NOT NULL,
                "DataSourceMethod" TEXT NULL,
                "Note" TEXT NULL,
                "AmountPaidNtd" TEXT NULL,
                "UnitPriceNtd" TEXT NULL,{evidenceColumn}
                CONSTRAINT "FK_ActivityEntries_EmissionSources" FOREIGN KEY ("OrganisationId", "InventoryYearId", "EmissionSourceId") REFERENCES "EmissionSources" ("OrganisationId", "InventoryYearId", "Id") ON DELETE CASCADE{evidenceKey}
            );
            INSERT INTO "ActivityEntries_new" ({Columns}{(withEvidenceColumn ? ", \"EvidenceFileId\"" : "")})
            {copy};
            DROP TABLE "ActivityEntries";
            ALTER TABLE "ActivityEntries_new" RENAME TO "ActivityEntries";
            CREATE INDEX "IX_ActivityEntries_EmissionSource" ON "ActivityEntries" ("OrganisationId", "InventoryYearId", "EmissionSourceId");
            CREATE UNIQUE INDEX "AK_ActivityEntries_OrganisationId_InventoryYearId_Id" ON "ActivityEntries" ("OrganisationId", "InventoryYearId", "Id");
            """ + (withEvidenceColumn ? $"\nCREATE INDEX \"{Index}\" ON \"ActivityEntries\" (\"OrganisationId\", \"EvidenceFileId\");" : ""));
        migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
    }

    private static bool IsSqlite(string? provider) => provider?.Contains("Sqlite", StringComparison.Ordinal) == true;
}
