using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// Anomaly alerts of meters (one per meter, kind and start; acknowledged/resolved by whom and when) and each
/// organisation's optional webhook URL for new alerts.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261130000009_MeterAlerts")]
public sealed class MeterAlerts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "MeterAlerts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                MeterId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                StartUtc = table.Column<long>(nullable: false),
                EndUtc = table.Column<long>(nullable: false),
                Observed = table.Column<double>(nullable: false),
                Expected = table.Column<double>(nullable: false),
                Threshold = table.Column<double>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                DetectedAt = table.Column<DateTimeOffset>(nullable: false),
                AcknowledgedAt = table.Column<DateTimeOffset>(nullable: true),
                AcknowledgedByUserId = table.Column<Guid>(nullable: true),
                ResolvedAt = table.Column<DateTimeOffset>(nullable: true),
                ResolvedByUserId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeterAlerts", x => x.Id);
                table.ForeignKey("FK_MeterAlerts_Meters_OrganisationId_MeterId", x => new { x.OrganisationId, x.MeterId }, "Meters",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_MeterAlerts_OrganisationId_MeterId_Kind_StartUtc", "MeterAlerts",
            ["OrganisationId", "MeterId", "Kind", "StartUtc"], unique: true);
        migrationBuilder.CreateIndex("IX_MeterAlerts_OrganisationId_Status_StartUtc", "MeterAlerts", ["OrganisationId", "Status", "StartUtc"]);

        migrationBuilder.CreateTable(
            name: "AlertWebhooks",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Url = table.Column<string>(maxLength: 500, nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AlertWebhooks", x => x.Id);
                table.ForeignKey("FK_AlertWebhooks_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_AlertWebhooks_OrganisationId", "AlertWebhooks", "OrganisationId", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("AlertWebhooks");
        migrationBuilder.DropTable("MeterAlerts");
    }
}
