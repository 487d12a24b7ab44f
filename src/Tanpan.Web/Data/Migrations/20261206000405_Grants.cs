using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>The one grant model of cross-organisation access (docs/grants.md, decision 0022; issue 20 item 8).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000405_Grants")]
public sealed class Grants : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Grants",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                GranteeOrganisationId = table.Column<Guid>(nullable: false),
                Purpose = table.Column<string>(maxLength: 30, nullable: false),
                Write = table.Column<bool>(nullable: false),
                SubjectKind = table.Column<string>(maxLength: 30, nullable: true),
                SubjectId = table.Column<Guid>(nullable: true),
                State = table.Column<string>(maxLength: 20, nullable: false),
                RequestedAt = table.Column<DateTimeOffset>(nullable: false),
                RequestedByUserId = table.Column<Guid>(nullable: true),
                Note = table.Column<string>(maxLength: 500, nullable: true),
                DecidedAt = table.Column<DateTimeOffset>(nullable: true),
                DecidedByUserId = table.Column<Guid>(nullable: true),
                ExpiresOn = table.Column<DateOnly>(nullable: true),
                RevokedAt = table.Column<DateTimeOffset>(nullable: true),
                RevokedByUserId = table.Column<Guid>(nullable: true),
                RowVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Grants", x => x.Id);
                table.ForeignKey("FK_Grants_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Grants_Organisations_GranteeOrganisationId", x => x.GranteeOrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Grants_GranteeOrganisationId_Purpose_State", "Grants", ["GranteeOrganisationId", "Purpose", "State"]);
        migrationBuilder.CreateIndex("IX_Grants_OrganisationId_State", "Grants", ["OrganisationId", "State"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("Grants");
    }
}
