using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Data;

public class SqlitePragmaTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task Connection_UsesWalAndForeignKeys()
    {
        await using var db = fixture.CreateContext();

        (await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync()).ShouldBe("wal");
        (await db.Database.SqlQueryRaw<long>("SELECT foreign_keys AS \"Value\" FROM pragma_foreign_keys").SingleAsync()).ShouldBe(1);
    }
}
