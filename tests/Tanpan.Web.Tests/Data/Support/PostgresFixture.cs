using Npgsql;
using Tanpan.Web.Data;

namespace Tanpan.Web.Tests.Data.Support;

/// <summary>
/// Fresh databases on the PostgreSQL server named by <c>TANPAN_TEST_PG</c>, dropped afterwards.
/// Without that variable every test of the class fails: the PostgreSQL half of the suite must not
/// pass by being skipped.
/// </summary>
public sealed class PostgresFixture : DatabaseFixture
{
    public const string Variable = "TANPAN_TEST_PG";

    private readonly List<string> _databases = [];

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests have no server. Run the suite with `bash scripts/test`: " +
                "it starts a throwaway PostgreSQL 15 and sets the variable.");

    public override Task<DatabaseSettings> CreateEmptyDatabaseAsync() => CreateDatabaseAsync("");

    private async Task<DatabaseSettings> CreateDatabaseAsync(string template)
    {
        var name = "tanpan_test_" + Guid.NewGuid().ToString("N");
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\" {template}");
        lock (_databases)
        {
            _databases.Add(name);
        }

        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name };
        return new DatabaseSettings(Provider, builder.ConnectionString);
    }

    /// <summary>The run's migrated template database; copies are made with <c>CREATE DATABASE … TEMPLATE</c>.</summary>
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public override async Task<DatabaseSettings> CreateMigratedDatabaseAsync()
    {
        var template = await Template.Value;
        return await CreateDatabaseAsync($"TEMPLATE \"{template}\"");
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var name = "tanpan_template_" + Guid.NewGuid().ToString("N");
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        var settings = new DatabaseSettings(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Pooling = false }.ConnectionString);
        await MigrateAsync(settings);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
        return name;
    }

    protected override async Task DropDatabasesAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var name in _databases)
        {
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
