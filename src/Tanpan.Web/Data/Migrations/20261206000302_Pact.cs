using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>PACT exchange: published footprints, customers' PACT clients, grants and received events (issue 18, item 4; docs/pact.md).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000302_Pact")]
public sealed class Pact : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "PactPublishedFootprints",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                ProductName = table.Column<string>(maxLength: 200, nullable: false),
                ProductIds = table.Column<string>(nullable: false),
                CompanyIds = table.Column<string>(nullable: false),
                Classifications = table.Column<string>(nullable: false),
                Geography = table.Column<string>(maxLength: 64, nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                ValidFrom = table.Column<DateTimeOffset>(nullable: false),
                ValidTo = table.Column<DateTimeOffset>(nullable: false),
                PcfExcludingBiogenicUptake = table.Column<decimal>(precision: 28, scale: 10, nullable: false),
                DeclaredUnit = table.Column<string>(maxLength: 32, nullable: false),
                V3Json = table.Column<string>(nullable: false),
                V2Json = table.Column<string>(nullable: true),
                PublishedAt = table.Column<DateTimeOffset>(nullable: false),
                PublishedByUserId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PactPublishedFootprints", x => x.Id);
                table.UniqueConstraint("AK_PactPublishedFootprints_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_PactPublishedFootprints_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_PactPublishedFootprints_OrganisationId_PublishedAt", "PactPublishedFootprints", ["OrganisationId", "PublishedAt"]);

        migrationBuilder.CreateTable(
            name: "PactClients",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                ClientId = table.Column<string>(maxLength: 64, nullable: false),
                SecretHash = table.Column<string>(maxLength: 64, nullable: false),
                EventsBaseUrl = table.Column<string>(maxLength: 500, nullable: true),
                CallbackClientId = table.Column<string>(maxLength: 200, nullable: true),
                CallbackSecretProtected = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedByUserId = table.Column<Guid>(nullable: true),
                RevokedAt = table.Column<DateTimeOffset>(nullable: true),
                LastUsedAt = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PactClients", x => x.Id);
                table.UniqueConstraint("AK_PactClients_OrganisationId_Id", x => new { x.OrganisationId, x.Id });
                table.ForeignKey("FK_PactClients_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_PactClients_ClientId", "PactClients", "ClientId", unique: true);

        migrationBuilder.CreateTable(
            name: "PactGrants",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                PactClientId = table.Column<Guid>(nullable: false),
                FootprintId = table.Column<Guid>(nullable: false),
                GrantedAt = table.Column<DateTimeOffset>(nullable: false),
                GrantedByUserId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PactGrants", x => x.Id);
                table.ForeignKey("FK_PactGrants_PactClients", x => new { x.OrganisationId, x.PactClientId }, "PactClients",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_PactGrants_PactPublishedFootprints", x => new { x.OrganisationId, x.FootprintId }, "PactPublishedFootprints",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PactGrants_OrganisationId_PactClientId_FootprintId", "PactGrants",
            ["OrganisationId", "PactClientId", "FootprintId"], unique: true);
        migrationBuilder.CreateIndex("IX_PactGrants_OrganisationId_FootprintId", "PactGrants", ["OrganisationId", "FootprintId"]);

        migrationBuilder.CreateTable(
            name: "PactEvents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                PactClientId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                EventId = table.Column<string>(maxLength: 200, nullable: false),
                Type = table.Column<string>(maxLength: 200, nullable: false),
                Source = table.Column<string>(maxLength: 500, nullable: false),
                Body = table.Column<string>(nullable: false),
                ReceivedAt = table.Column<DateTimeOffset>(nullable: false),
                Outcome = table.Column<string>(maxLength: 32, nullable: false),
                OutcomeNote = table.Column<string>(maxLength: 500, nullable: true),
                AnsweredAt = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PactEvents", x => x.Id);
                table.ForeignKey("FK_PactEvents_PactClients", x => new { x.OrganisationId, x.PactClientId }, "PactClients",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PactEvents_OrganisationId_ReceivedAt", "PactEvents", ["OrganisationId", "ReceivedAt"]);
        migrationBuilder.CreateIndex("IX_PactEvents_OrganisationId_PactClientId", "PactEvents", ["OrganisationId", "PactClientId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("PactEvents");
        migrationBuilder.DropTable("PactGrants");
        migrationBuilder.DropTable("PactClients");
        migrationBuilder.DropTable("PactPublishedFootprints");
    }
}
