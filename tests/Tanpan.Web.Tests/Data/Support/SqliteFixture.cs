using Microsoft.Data.Sqlite;
using Tanpan.Web.Data;

namespace Tanpan.Web.Tests.Data.Support;

/// <summary>SQLite database files in a temporary folder, deleted afterwards.</summary>
public sealed class SqliteFixture : DatabaseFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tanpan-tests-" + Guid.NewGuid().ToString("N"));
    private int _count;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override Task<DatabaseSettings> CreateEmptyDatabaseAsync()
    {
        var file = Path.Combine(_folder, $"db{Interlocked.Increment(ref _count)}.db");
        return Task.FromResult(new DatabaseSettings(Provider, DatabaseSettings.SqliteConnectionString($"Data Source={file}", _folder)));
    }

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
