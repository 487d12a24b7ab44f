using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// Webhook deliveries of new meter alerts, kept for retries with backoff (attempts, next try, last status and error), and
/// each webhook's signing secret (null for a webhook set before: it gets one at its next delivery).
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261130000016_AlertDeliveries")]
public sealed class AlertDeliveries : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>("Secret", "AlertWebhooks", maxLength: 100, nullable: true);
        migrationBuilder.CreateTable(
            name: "AlertDeliveries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Payload = table.Column<string>(nullable: false),
                AlertCount = table.Column<int>(nullable: false),
                State = table.Column<string>(maxLength: 20, nullable: false),
                Attempts = table.Column<int>(nullable: false),
                CreatedUtc = table.Column<long>(nullable: false),
                NextAttemptUtc = table.Column<long>(nullable: true),
                LastAttemptUtc = table.Column<long>(nullable: true),
                LastStatus = table.Column<int>(nullable: true),
                LastError = table.Column<string>(maxLength: 500, nullable: true),
                DeliveredUtc = table.Column<long>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AlertDeliveries", x => x.Id);
                table.ForeignKey("FK_AlertDeliveries_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_AlertDeliveries_OrganisationId_State_CreatedUtc", "AlertDeliveries", ["OrganisationId", "State", "CreatedUtc"]);
        migrationBuilder.CreateIndex("IX_AlertDeliveries_State_NextAttemptUtc", "AlertDeliveries", ["State", "NextAttemptUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("AlertDeliveries");
        // Plain SQL: EF's SQLite migrator refuses DropColumn, while SQLite (3.35+) drops a column in no key or index as PostgreSQL does.
        migrationBuilder.Sql("ALTER TABLE \"AlertWebhooks\" DROP COLUMN \"Secret\";");
    }
}
