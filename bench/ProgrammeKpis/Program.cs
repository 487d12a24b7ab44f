using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tanpan.Bench.ProgrammeKpis;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.ProgrammeKpis;
using Tanpan.Web.Infrastructure;

// bench/ProgrammeKpis (issue 20 item 10; docs/benchmarks.md, "programme"): a programme of N applications, cases and visit
// records (plus a year of training) in a fresh database of the app's own schema, then, best of --runs: the programme
// dashboard through the app's ProgrammeKpiService against the same figures by hand-written SQL (Reference.cs); and the
// sector roll-up through the app's SectorRollupService against one SQL query (Sector.cs). Both pairs must agree.
var options = Options.Parse(args);
var settings = await Options.DatabaseAsync(options);
var world = new World(options.Applications, options.Cases, options.Visits, options.Seed);
var sector = new SectorWorld(options.Organisations, options.Seed, world.Agency);
var clock = Stopwatch.StartNew();
await using (var db = NewContext(null))
{
    await db.Database.MigrateAsync();
    await using var transaction = await db.Database.BeginTransactionAsync();
    await world.LoadAsync(db);
    await sector.LoadAsync(db);
    await transaction.CommitAsync();
    await db.Database.ExecuteSqlRawAsync(options.Provider == DatabaseProvider.Postgres ? "VACUUM ANALYZE" : "ANALYZE");
}

Console.WriteLine($"setup ({options.Provider}): migrated and loaded in {clock.Elapsed.TotalSeconds:F1} s");
var (appTimes, refTimes, sectorAppTimes, sectorRefTimes) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
Dictionary<string, decimal> app = [], reference = [], sectorApp = [], sectorReference = [];
for (var run = 0; run < options.Runs; run++)
{
    clock.Restart();
    await using (var connection = Options.Open(settings))
    {
        await connection.OpenAsync();
        reference = await Reference.RunAsync(connection, options.Provider == DatabaseProvider.Sqlite, world.Agency, world.ProgrammeId, world.Year);
    }

    refTimes.Add(clock.Elapsed.TotalSeconds);
    clock.Restart();
    await using (var db = NewContext(world.Agency))
    {
        var report = await new ProgrammeKpiService(db, TenantOf(world.Agency)).ReportAsync(world.ProgrammeId, default) ?? throw new InvalidOperationException("no report");
        app = Figures.Of(report);
    }

    appTimes.Add(clock.Elapsed.TotalSeconds);
    clock.Restart();
    await using (var connection = Options.Open(settings))
    {
        await connection.OpenAsync();
        sectorReference = await Sector.ReferenceAsync(connection, options.Provider == DatabaseProvider.Sqlite, world.Agency, sector.Today);
    }

    sectorRefTimes.Add(clock.Elapsed.TotalSeconds);
    clock.Restart();
    sectorApp = await sector.AppAsync(settings);
    sectorAppTimes.Add(clock.Elapsed.TotalSeconds);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"run {run + 1}: dashboard reference SQL {refTimes[^1]:F3} s, app {appTimes[^1]:F3} s; sector roll-up reference SQL {sectorRefTimes[^1]:F3} s, app {sectorAppTimes[^1]:F3} s"));
}

var differences = Figures.Differences(app, reference);
var sectorDifferences = Figures.Differences(sectorApp, sectorReference);
foreach (var d in differences.Concat(sectorDifferences).Take(10))
{
    Console.WriteLine("MISMATCH " + d);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"RESULT programme provider={settings.ProviderName} applications={options.Applications} cases={options.Cases} visits={options.Visits} organisations={options.Organisations} "
    + $"figures={app.Count} app_s={appTimes.Min():F3} ref_s={refTimes.Min():F3} sector_cells={sectorApp.Count} sector_app_s={sectorAppTimes.Min():F3} sector_ref_s={sectorRefTimes.Min():F3} "
    + $"mismatches={differences.Count} sector_mismatches={sectorDifferences.Count}"));
return differences.Count == 0 && sectorDifferences.Count == 0 ? 0 : 1;

AppDbContext NewContext(Guid? organisation)
{
    var builder = new DbContextOptionsBuilder<AppDbContext>();
    builder.UseTanpanDatabase(settings);
    return new AppDbContext(builder.Options, organisation is { } id ? TenantOf(id) : new TenantContext(), TimeProvider.System);
}

static TenantContext TenantOf(Guid organisation)
{
    var tenant = new TenantContext();
    tenant.Set(Guid.CreateVersion7(), organisation, MembershipRole.Viewer);
    return tenant;
}

internal sealed record Options(DatabaseProvider Provider, string Connection, int Applications, int Cases, int Visits, int Organisations, int Runs, int Seed)
{
    public static Options Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var provider = DatabaseSettings.ParseProvider(Get("--provider", "sqlite"));
        var connection = Get("--conn", provider == DatabaseProvider.Postgres ? Environment.GetEnvironmentVariable("TANPAN_TEST_PG") ?? "" : ".tmp/programme/bench.db");
        return new Options(provider, connection, Int("--applications", 20_000), Int("--cases", 5_000), Int("--visits", 100_000), Int("--organisations", 600),
            Int("--runs", 3), Int("--seed", 42));
    }

    /// <summary>A fresh database: the SQLite file removed, or a new PostgreSQL database on the given server.</summary>
    public static async Task<DatabaseSettings> DatabaseAsync(Options options)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Connection))!);
            foreach (var suffix in (string[])["", "-wal", "-shm"])
            {
                File.Delete(options.Connection + suffix);
            }

            return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={options.Connection}");
        }

        const string name = "tanpan_programme_bench";
        await using (var admin = new NpgsqlConnection(options.Connection))
        {
            await admin.OpenAsync();
            foreach (var sql in (string[])[$"DROP DATABASE IF EXISTS {name} WITH (FORCE)", $"CREATE DATABASE {name}"])
            {
                await using var command = admin.CreateCommand();
                command.CommandText = sql;
                await command.ExecuteNonQueryAsync();
            }
        }

        return new DatabaseSettings(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(options.Connection) { Database = name }.ConnectionString);
    }

    public static DbConnection Open(DatabaseSettings settings) =>
        settings.Provider == DatabaseProvider.Sqlite ? new SqliteConnection(settings.ConnectionString) : new NpgsqlConnection(settings.ConnectionString);
}
