using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// Receipts without quantities: an activity entry may keep the NT$ paid and the unit price it was estimated from
/// (amount = paid ÷ price, 採購金額回推用量). Both null for every existing entry.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261130000007_ActivityAmountPaid")]
public sealed class ActivityAmountPaid : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<decimal>("AmountPaidNtd", "ActivityEntries", precision: 28, scale: 10, nullable: true);
        migrationBuilder.AddColumn<decimal>("UnitPriceNtd", "ActivityEntries", precision: 28, scale: 10, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var column in (string[])["AmountPaidNtd", "UnitPriceNtd"])
        {
            migrationBuilder.Sql($"ALTER TABLE \"ActivityEntries\" DROP COLUMN \"{column}\"");
        }
    }
}
