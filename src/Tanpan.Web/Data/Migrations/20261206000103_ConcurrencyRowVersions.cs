using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// Optimistic concurrency (docs/decisions/0010-optimistic-concurrency.md): every row people edit gets an integer
/// <c>RowVersion</c>, 1 for the rows already there. An integer, not PostgreSQL's <c>xmin</c> or SQL Server's
/// <c>rowversion</c>, so one column means the same on both providers.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000103_ConcurrencyRowVersions")]
public sealed class ConcurrencyRowVersions : Migration
{
    internal static readonly string[] Tables =
    [
        "ActivityEntries", "EmissionSources", "Facilities", "InventoryYears", "Organisations", "Meters", "ReductionPlans", "PlanMeasures",
        "EmissionTargets",
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in Tables)
        {
            migrationBuilder.AddColumn<int>("RowVersion", table, nullable: false, defaultValue: 1);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in Tables)
        {
            migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"RowVersion\"");
        }
    }
}
