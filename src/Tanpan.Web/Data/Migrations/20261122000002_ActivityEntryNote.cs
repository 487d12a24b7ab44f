using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>A free-text note on each activity entry (e.g. "meter replaced mid-month").</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122000002_ActivityEntryNote")]
public sealed class ActivityEntryNote : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>("Note", "ActivityEntries", maxLength: 1000, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        // EF's DropColumn on SQLite needs the target model to rebuild the table, which hand-written
        // migrations lack; plain ALTER TABLE … DROP COLUMN works on SQLite 3.35+ and PostgreSQL.
        migrationBuilder.Sql("ALTER TABLE \"ActivityEntries\" DROP COLUMN \"Note\"");
    }
}
