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

    /// <summary>
    /// The pragmas run once per native handle, not per open: a context that gets a pooled handle back (after many
    /// opens and closes by other contexts) must still see synchronous=NORMAL (1; SQLite's default is FULL, 2).
    /// </summary>
    [Fact]
    public async Task PooledConnection_KeepsSynchronousNormal_AcrossOpens()
    {
        for (var i = 0; i < 5; i++)
        {
            await using var db = fixture.CreateContext();
            (await db.Database.SqlQueryRaw<long>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync()).ShouldBe(1);
            (await db.Database.SqlQueryRaw<long>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync()).ShouldBe(1);
        }
    }
}
