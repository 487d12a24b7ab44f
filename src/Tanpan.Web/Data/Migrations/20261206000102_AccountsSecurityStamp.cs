using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanpan.Web.Data.Migrations;

/// <summary>
/// Sign-in hardening (docs/security.md): <c>Users.SecurityStamp</c> (empty for existing accounts; their cookies, which
/// carry no stamp, end at the upgrade), and the fixed lockout's <c>FailedLoginCount</c> and <c>LockoutEnd</c> dropped —
/// throttling is now an in-memory back-off per e-mail address (<c>SignInThrottle</c>).
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000102_AccountsSecurityStamp")]
public sealed class AccountsSecurityStamp : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>("SecurityStamp", "Users", maxLength: 64, nullable: false, defaultValue: "");
        migrationBuilder.Sql("ALTER TABLE \"Users\" DROP COLUMN \"FailedLoginCount\"");
        migrationBuilder.Sql("ALTER TABLE \"Users\" DROP COLUMN \"LockoutEnd\"");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<int>("FailedLoginCount", "Users", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTimeOffset>("LockoutEnd", "Users", nullable: true);
        migrationBuilder.Sql("ALTER TABLE \"Users\" DROP COLUMN \"SecurityStamp\"");
    }
}
