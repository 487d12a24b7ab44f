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

    /// <summary>The run's migrated template: one file in its own folder, copied with <c>VACUUM INTO</c> (a consistent copy).</summary>
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public override async Task<DatabaseSettings> CreateMigratedDatabaseAsync()
    {
        var template = await Template.Value;
        var settings = await CreateEmptyDatabaseAsync();
        var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = template, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $file";
        command.Parameters.AddWithValue("$file", file);
        await command.ExecuteNonQueryAsync();

        // VACUUM INTO writes a rollback-journal file; put it in WAL as the app's migration left the template (a
        // read-only open, as EF's existence check does, cannot switch the journal mode itself).
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await copy.OpenAsync();
        await using var wal = copy.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL";
        await wal.ExecuteNonQueryAsync();
        return settings;
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tanpan-template-" + Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "template.db");
        await MigrateAsync(new DatabaseSettings(DatabaseProvider.Sqlite, DatabaseSettings.SqliteConnectionString($"Data Source={file};Pooling=False", folder)));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return file;
    }

    protected override Task DropDatabasesAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
