using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>Background import commits: one row per job with its state, progress and counts (docs/activity-data-format.md).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261130000011_ImportJobs")]
public sealed class ImportJobs : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "ImportJobs",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                InventoryYearId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                FileName = table.Column<string>(maxLength: 260, nullable: false),
                State = table.Column<string>(maxLength: 10, nullable: false),
                RowsDone = table.Column<int>(nullable: false),
                RowsTotal = table.Column<int>(nullable: false),
                Added = table.Column<int>(nullable: false),
                Changed = table.Column<int>(nullable: false),
                Unchanged = table.Column<int>(nullable: false),
                ErrorZh = table.Column<string>(maxLength: 2000, nullable: true),
                ErrorEn = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                StartedAt = table.Column<DateTimeOffset>(nullable: true),
                FinishedAt = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ImportJobs", x => x.Id);
                table.ForeignKey("FK_ImportJobs_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ImportJobs_InventoryYears", x => new { x.OrganisationId, x.InventoryYearId }, "InventoryYears",
                    ["OrganisationId", "Id"], onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ImportJobs_InventoryYear", "ImportJobs", ["OrganisationId", "InventoryYearId"]);
        migrationBuilder.CreateIndex("IX_ImportJobs_State", "ImportJobs", "State");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("ImportJobs");
    }
}
