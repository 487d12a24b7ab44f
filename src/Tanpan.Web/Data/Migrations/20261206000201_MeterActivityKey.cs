using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// A meter's activity entry is found by a key, <c>ActivityEntries.MeterId</c> (issue 17), no longer by a
/// <c>meter:{id} </c> prefix in its free-text note, which an edit of the note could erase (the next sync then added a
/// second entry for the month). Existing rows: an entry the sync of that time would have recognised as a meter's — its
/// data source <c>電表自動讀數</c>, a month, and a note starting with <c>meter:{id} </c> naming a meter of the same
/// organisation — gets that meter as its key and loses the prefix (the rest of the note is kept). When several entries
/// of one source and month name the same meter, the first (lowest id) gets the key. Everything else keeps its note as it
/// is, prefix included, with no key: notably entries of a deleted meter, where the prefix is the only trace of it.
/// Down writes the prefix back in front of the note of every keyed entry.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000201_MeterActivityKey")]
public sealed class MeterActivityKey : Migration
{
    private const string ForeignKey = "FK_ActivityEntries_Meters";
    private const string Index = "IX_ActivityEntries_MeterMonth";

    /// <summary>The columns both shapes of the SQLite table share, in order.</summary>
    private const string Columns = "\"Id\", \"OrganisationId\", \"InventoryYearId\", \"EmissionSourceId\", \"Year\", \"Month\", \"Amount\", \"Unit\", " +
        "\"DataSourceMethod\", \"Note\", \"AmountPaidNtd\", \"UnitPriceNtd\", \"OverlapReason\", \"RowVersion\"";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (IsSqlite(ActiveProvider))
        {
            // SQLite cannot add a foreign key to a table: rebuilt as in migration 0013.
            Rebuild(migrationBuilder, withMeter: true, copy: $"SELECT {Columns}, NULL FROM \"ActivityEntries\"");
        }
        else
        {
            migrationBuilder.Sql($"""
                ALTER TABLE "ActivityEntries" ADD COLUMN "MeterId" uuid NULL;
                ALTER TABLE "ActivityEntries" ADD CONSTRAINT "{ForeignKey}" FOREIGN KEY ("OrganisationId", "MeterId")
                    REFERENCES "Meters" ("OrganisationId", "Id") ON DELETE RESTRICT;
                """);
        }

        // The same SQL on both: ids compared as lower-case text (SQLite keeps GUIDs as upper-case TEXT, PostgreSQL as uuid;
        // the note has the id lower-case, as Guid.ToString("D") wrote it).
        migrationBuilder.Sql("""
            UPDATE "ActivityEntries" AS a SET "MeterId" = (SELECT m."Id" FROM "Meters" m
                WHERE m."OrganisationId" = a."OrganisationId" AND substr(a."Note", 1, 43) = 'meter:' || lower(CAST(m."Id" AS TEXT)) || ' ')
            WHERE a."Month" IS NOT NULL AND a."DataSourceMethod" = '電表自動讀數' AND a."Note" LIKE 'meter:%';
            UPDATE "ActivityEntries" AS a SET "MeterId" = NULL
            WHERE a."MeterId" IS NOT NULL AND EXISTS (SELECT 1 FROM "ActivityEntries" b
                WHERE b."OrganisationId" = a."OrganisationId" AND b."MeterId" = a."MeterId" AND b."EmissionSourceId" = a."EmissionSourceId"
                    AND b."Year" = a."Year" AND b."Month" = a."Month" AND b."Id" < a."Id");
            UPDATE "ActivityEntries" SET "Note" = NULLIF(substr("Note", 44), '') WHERE "MeterId" IS NOT NULL;
            """);
        migrationBuilder.CreateIndex(Index, "ActivityEntries", ["OrganisationId", "MeterId", "EmissionSourceId", "Year", "Month"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex(Index, "ActivityEntries");
        migrationBuilder.Sql("""
            UPDATE "ActivityEntries" SET "Note" = substr('meter:' || lower(CAST("MeterId" AS TEXT)) || ' ' || COALESCE("Note", ''), 1, 1000)
            WHERE "MeterId" IS NOT NULL;
            """);
        if (IsSqlite(ActiveProvider))
        {
            Rebuild(migrationBuilder, withMeter: false, copy: $"SELECT {Columns} FROM \"ActivityEntries\"");
        }
        else
        {
            migrationBuilder.Sql($"""
                ALTER TABLE "ActivityEntries" DROP CONSTRAINT "{ForeignKey}";
                ALTER TABLE "ActivityEntries" DROP COLUMN "MeterId";
                """);
        }
    }

    /// <summary>SQLite: the table in its new shape, filled by <paramref name="copy"/>, under the old name, with its indexes.</summary>
    private static void Rebuild(MigrationBuilder migrationBuilder, bool withMeter, string copy)
    {
        var meterColumn = withMeter ? ",\n    \"MeterId\" TEXT NULL" : "";
        var meterKey = withMeter
            ? $",\n    CONSTRAINT \"{ForeignKey}\" FOREIGN KEY (\"OrganisationId\", \"MeterId\") REFERENCES \"Meters\" (\"OrganisationId\", \"Id\") ON DELETE RESTRICT"
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
                "UnitPriceNtd" TEXT NULL,
                "OverlapReason" TEXT NULL,
                "RowVersion" INTEGER NOT NULL DEFAULT 1{meterColumn},
                CONSTRAINT "FK_ActivityEntries_EmissionSources" FOREIGN KEY ("OrganisationId", "InventoryYearId", "EmissionSourceId") REFERENCES "EmissionSources" ("OrganisationId", "InventoryYearId", "Id") ON DELETE CASCADE{meterKey}
            );
            INSERT INTO "ActivityEntries_new" ({Columns}{(withMeter ? ", \"MeterId\"" : "")})
            {copy};
            DROP TABLE "ActivityEntries";
            ALTER TABLE "ActivityEntries_new" RENAME TO "ActivityEntries";
            CREATE INDEX "IX_ActivityEntries_EmissionSource" ON "ActivityEntries" ("OrganisationId", "InventoryYearId", "EmissionSourceId");
            CREATE UNIQUE INDEX "AK_ActivityEntries_OrganisationId_InventoryYearId_Id" ON "ActivityEntries" ("OrganisationId", "InventoryYearId", "Id");
            """);
        migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
    }

    private static bool IsSqlite(string? provider) => provider?.Contains("Sqlite", StringComparison.Ordinal) == true;
}
