using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// Meter data that cannot poison (issue 16): a meter's plausibility bound (null: the default from its contract capacity
/// and interval), and the quarantine in MeterReadingConflicts — why a reading was kept aside and its value as sent.
/// Null everywhere for existing rows (existing conflicts stay contradictions).
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000017_MeterDataPlausibility")]
public sealed class MeterDataPlausibility : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<decimal>("MaxReadingValue", "Meters", precision: 28, scale: 10, nullable: true);
        migrationBuilder.AddColumn<string>("Reason", "MeterReadingConflicts", maxLength: 40, nullable: true);
        migrationBuilder.AddColumn<string>("SentText", "MeterReadingConflicts", maxLength: 40, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("ALTER TABLE \"Meters\" DROP COLUMN \"MaxReadingValue\"");
        migrationBuilder.Sql("ALTER TABLE \"MeterReadingConflicts\" DROP COLUMN \"Reason\"");
        migrationBuilder.Sql("ALTER TABLE \"MeterReadingConflicts\" DROP COLUMN \"SentText\"");
    }
}
