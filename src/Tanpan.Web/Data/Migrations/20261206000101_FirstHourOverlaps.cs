using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// No double counting, ever silently (issue 15): an entry kept although its period overlaps another of the same source
/// records why (<c>ActivityEntries.OverlapReason</c>); a background import keeps the user's choice for overlapping rows
/// and the confirmation of new facilities. Null / false for every existing row: nothing stored was an acknowledged overlap.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000101_FirstHourOverlaps")]
public sealed class FirstHourOverlaps : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>("OverlapReason", "ActivityEntries", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<string>("OverlapChoice", "ImportJobs", maxLength: 10, nullable: true);
        migrationBuilder.AddColumn<string>("OverlapReason", "ImportJobs", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<bool>("ConfirmNewFacilities", "ImportJobs", nullable: false, defaultValue: false);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("ALTER TABLE \"ActivityEntries\" DROP COLUMN \"OverlapReason\"");
        foreach (var column in (string[])["OverlapChoice", "OverlapReason", "ConfirmNewFacilities"])
        {
            migrationBuilder.Sql($"ALTER TABLE \"ImportJobs\" DROP COLUMN \"{column}\"");
        }
    }
}
