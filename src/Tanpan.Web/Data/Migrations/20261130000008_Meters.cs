using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// Energy meters of facilities, their readings (one row per meter and interval end, Unix seconds), readings kept
/// aside because they contradict a stored one, and the API keys of the gateways that send readings.
/// On SQLite the readings table is WITHOUT ROWID: its primary key is the table, so each reading is stored once
/// instead of in a table and again in the key's index.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261130000008_Meters")]
public sealed class Meters : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Meters",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                FacilityId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                EnergyType = table.Column<string>(maxLength: 20, nullable: false),
                Unit = table.Column<string>(maxLength: 20, nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                IntervalMinutes = table.Column<int>(nullable: false),
                RolloverValue = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                TariffPlanId = table.Column<string>(maxLength: 100, nullable: true),
                Voltage = table.Column<string>(maxLength: 20, nullable: true),
                ContractCapacityKw = table.Column<decimal>(precision: 28, scale: 10, nullable: true),
                EmissionSourceId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Meters", x => x.Id);
                table.UniqueConstraint("AK_Meters_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_Meters_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Meters_Facilities_OrganisationId_FacilityId", x => new { x.OrganisationId, x.FacilityId }, "Facilities",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Meters_OrganisationId_Name", "Meters", ["OrganisationId", "Name"], unique: true);
        migrationBuilder.CreateIndex("IX_Meters_OrganisationId_FacilityId", "Meters", ["OrganisationId", "FacilityId"]);

        if (IsSqlite(ActiveProvider))
        {
            migrationBuilder.Sql("""
                CREATE TABLE "MeterReadings" (
                    "MeterId" TEXT NOT NULL,
                    "TimestampUtc" INTEGER NOT NULL,
                    "OrganisationId" TEXT NOT NULL,
                    "Quantity" REAL NOT NULL,
                    "Register" REAL NULL,
                    "Flags" INTEGER NOT NULL,
                    "ReceivedAt" INTEGER NOT NULL,
                    CONSTRAINT "PK_MeterReadings" PRIMARY KEY ("MeterId", "TimestampUtc")
                ) WITHOUT ROWID;
                """);
        }
        else
        {
            migrationBuilder.CreateTable(
                name: "MeterReadings",
                columns: table => new
                {
                    MeterId = table.Column<Guid>(nullable: false),
                    TimestampUtc = table.Column<long>(nullable: false),
                    OrganisationId = table.Column<Guid>(nullable: false),
                    Quantity = table.Column<double>(nullable: false),
                    Register = table.Column<double>(nullable: true),
                    Flags = table.Column<int>(nullable: false),
                    ReceivedAt = table.Column<long>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeterReadings", x => new { x.MeterId, x.TimestampUtc });
                });
        }

        migrationBuilder.CreateTable(
            name: "MeterReadingConflicts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                MeterId = table.Column<Guid>(nullable: false),
                TimestampUtc = table.Column<long>(nullable: false),
                Value = table.Column<double>(nullable: false),
                StoredValue = table.Column<double>(nullable: false),
                GatewayKeyId = table.Column<Guid>(nullable: true),
                ReceivedAt = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeterReadingConflicts", x => x.Id);
                table.ForeignKey("FK_MeterReadingConflicts_Meters_OrganisationId_MeterId", x => new { x.OrganisationId, x.MeterId }, "Meters",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_MeterReadingConflicts_Reading", "MeterReadingConflicts",
            ["OrganisationId", "MeterId", "TimestampUtc", "Value"], unique: true);

        migrationBuilder.CreateTable(
            name: "GatewayKeys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                KeyHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedByUserId = table.Column<Guid>(nullable: true),
                RevokedAt = table.Column<DateTimeOffset>(nullable: true),
                LastUsedAt = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GatewayKeys", x => x.Id);
                table.ForeignKey("FK_GatewayKeys_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_GatewayKeys_KeyHash", "GatewayKeys", "KeyHash", unique: true);
        migrationBuilder.CreateIndex("IX_GatewayKeys_OrganisationId", "GatewayKeys", "OrganisationId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("GatewayKeys");
        migrationBuilder.DropTable("MeterReadingConflicts");
        migrationBuilder.DropTable("MeterReadings");
        migrationBuilder.DropTable("Meters");
    }

    private static bool IsSqlite(string? provider) => provider?.Contains("Sqlite", StringComparison.Ordinal) == true;
}
