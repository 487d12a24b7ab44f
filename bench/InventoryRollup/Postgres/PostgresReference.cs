using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Tanpan.Bench.InventoryRollup.Postgres;

/// <summary>
/// The PostgreSQL reference: factor, unit and name tables built in SQL from data/factors (untimed),
/// then, timed, COPY of the activity CSV into an unlogged staging table streamed from this process,
/// ANALYZE of it, and one query that joins every row to names, units and factors and groups by facility
/// and gas. ANALYZE is part of the load because without statistics on the fresh table the planner
/// expects a few hundred rows and picks a merge join that filters 64 million pairs (16–25 s instead of 6–10 s).
/// </summary>
internal static class PostgresReference
{
    /// <summary>Memory for the hash joins and the 400,000-group aggregate, as one would set for an analytic session.</summary>
    private const string WorkMem = "256MB";

    public static void Run(string file, string connectionString, string factorDirectory, int runs)
    {
        using var dataSource = NpgsqlDataSource.Create(connectionString);
        using var connection = dataSource.OpenConnection();
        Execute(connection, SqlScripts.Load("schema.sql"));
        RawFactorTables.Load(connection, factorDirectory);
        Execute(connection, SqlScripts.Load("reference.sql"));
        Execute(connection, $"set work_mem = '{WorkMem}'");
        Console.WriteLine($"pg: {connection.PostgreSqlVersion}, work_mem {WorkMem}, "
            + $"max_parallel_workers_per_gather {Scalar(connection, "show max_parallel_workers_per_gather")}, factors from {factorDirectory}");

        var rollupSql = SqlScripts.Load("rollup.sql");
        var results = new List<PostgresRun>();
        for (var i = 1; i <= runs; i++)
        {
            Execute(connection, "truncate rollup.activity");
            var run = TimedRun(connection, file, rollupSql);
            results.Add(run);
            Console.WriteLine($"pg run {i}: copy {run.CopySeconds:F3} s, analyze {run.AnalyzeSeconds:F3} s, query {run.QuerySeconds:F3} s, total {run.TotalSeconds:F3} s, "
                + $"{run.Groups:N0} facility×gas groups, {run.TotalKgCo2e / 1000m:F6} tCO2e");
        }

        var rows = Convert.ToInt64(Scalar(connection, "select count(*) from rollup.activity"), CultureInfo.InvariantCulture);
        var unpriced = Convert.ToInt64(Scalar(connection, SqlScripts.Load("unpriced.sql")), CultureInfo.InvariantCulture);
        if (unpriced != 0)
        {
            throw new InvalidOperationException($"{unpriced} of {rows} rows matched no factor; the reference would drop them");
        }

        var best = results.MinBy(r => r.TotalSeconds)!;
        Console.WriteLine($"pg rows {rows:N0}, every row priced; by gas (t): "
            + string.Join(", ", best.ByGasKg.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Value / 1000m:F6}")));
        Console.WriteLine(FormattableString.Invariant(
            $"RESULT pg copy_s={best.CopySeconds:F3} analyze_s={best.AnalyzeSeconds:F3} query_s={best.QuerySeconds:F3} total_s={best.TotalSeconds:F3} rows={rows} total_t={best.TotalKgCo2e / 1000m}"));
    }

    private static PostgresRun TimedRun(NpgsqlConnection connection, string file, string rollupSql)
    {
        var clock = Stopwatch.StartNew();
        using (var reader = new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 20))
        using (var writer = connection.BeginTextImport("copy rollup.activity from stdin (format csv, header true)"))
        {
            var buffer = new char[1 << 20];
            int n;
            while ((n = reader.ReadBlock(buffer, 0, buffer.Length)) > 0)
            {
                writer.Write(buffer, 0, n);
            }
        }

        var copySeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        Execute(connection, "analyze rollup.activity");
        var analyzeSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var total = 0m;
        var groups = 0;
        var byGas = new Dictionary<string, decimal>(StringComparer.Ordinal);
        using (var command = new NpgsqlCommand(rollupSql, connection) { CommandTimeout = 0 })
        using (var result = command.ExecuteReader())
        {
            while (result.Read())
            {
                var kg = result.GetDecimal(2);
                total += kg;
                groups++;
                var gas = result.GetString(1);
                byGas[gas] = byGas.GetValueOrDefault(gas) + kg;
            }
        }

        return new PostgresRun(copySeconds, analyzeSeconds, clock.Elapsed.TotalSeconds, groups, total, byGas);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }

    private static object? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return command.ExecuteScalar();
    }
}
