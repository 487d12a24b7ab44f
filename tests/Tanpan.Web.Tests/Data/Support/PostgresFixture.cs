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

    public override async Task<DatabaseSettings> CreateEmptyDatabaseAsync()
    {
        var name = "tanpan_test_" + Guid.NewGuid().ToString("N");
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        lock (_databases)
        {
            _databases.Add(name);
        }

        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name };
        return new DatabaseSettings(Provider, builder.ConnectionString);
    }

    public override async Task DisposeAsync()
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
