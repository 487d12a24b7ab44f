using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>The equipment type of a source (冷媒設備類型 or vehicle technology), which picks the leak rate or factor variant.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122000003_EmissionSourceEquipmentType")]
public sealed class EmissionSourceEquipmentType : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>("EquipmentType", "EmissionSources", maxLength: 100, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        // As in ActivityEntryNote: plain ALTER TABLE … DROP COLUMN works on SQLite 3.35+ and PostgreSQL.
        migrationBuilder.Sql("ALTER TABLE \"EmissionSources\" DROP COLUMN \"EquipmentType\"");
    }
}
