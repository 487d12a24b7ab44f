using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// The <c>Installation</c> row that lets only one first-run setup win (filled in for a database that is
/// already set up), and the emission source of each audit entry, so a source's history can be listed
/// with its activity entries' (filled in for the rows whose source is still known).
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261130000006_SetupGuardAndAuditSource")]
public sealed class SetupGuardAndAuditSource : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Installation",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                SetUpAt = table.Column<DateTimeOffset>(nullable: false),
                AdministratorId = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Installation", x => x.Id));
        migrationBuilder.Sql("""
            INSERT INTO "Installation" ("Id", "SetUpAt", "AdministratorId")
            SELECT 1, u."CreatedAt", u."Id" FROM "Users" u WHERE u."IsAdministrator" ORDER BY u."Id" LIMIT 1
            """);

        migrationBuilder.AddColumn<Guid>("EmissionSourceId", "AuditEntries", nullable: true);
        migrationBuilder.CreateIndex("IX_AuditEntries_OrganisationId_EmissionSourceId", "AuditEntries", ["OrganisationId", "EmissionSourceId"]);
        migrationBuilder.Sql("""
            UPDATE "AuditEntries" SET "EmissionSourceId" = "EntityId" WHERE "EntityType" = 'EmissionSource'
            """);
        migrationBuilder.Sql("""
            UPDATE "AuditEntries" SET "EmissionSourceId" =
                (SELECT e."EmissionSourceId" FROM "ActivityEntries" e WHERE e."Id" = "AuditEntries"."EntityId")
            WHERE "EntityType" = 'ActivityEntry'
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex("IX_AuditEntries_OrganisationId_EmissionSourceId", "AuditEntries");
        migrationBuilder.Sql("ALTER TABLE \"AuditEntries\" DROP COLUMN \"EmissionSourceId\"");
        migrationBuilder.DropTable("Installation");
    }
}
