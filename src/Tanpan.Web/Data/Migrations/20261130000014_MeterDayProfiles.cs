using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// <c>MeterDayProfiles</c>: per meter and Asia/Taipei day, the 96 fifteen-minute slot sums of its readings (a 768-byte
/// blob of little-endian doubles) and the day's reading count, kept by the ingestion (docs/meters.md#day-profiles).
/// The profiles of readings stored before this migration are built by a start-up step after the migrations
/// (<c>DayProfileWriter.BuildMissingAsync</c>: every meter with readings and no profile), with the same code the
/// ingestion uses — SQL alone cannot write IEEE 754 doubles on SQLite, and one implementation of the slot rule is kept.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261130000014_MeterDayProfiles")]
public sealed class MeterDayProfiles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "MeterDayProfiles",
            columns: table => new
            {
                MeterId = table.Column<Guid>(nullable: false),
                LocalDay = table.Column<long>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Slots = table.Column<byte[]>(nullable: false),
                Readings = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeterDayProfiles", x => new { x.MeterId, x.LocalDay });
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("MeterDayProfiles");
    }
}
