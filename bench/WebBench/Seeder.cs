using System.Buffers.Text;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Bench.WebBench;

/// <summary>
/// A SQLite workspace of <c>orgs × years × sources × months</c> activity entries: the schema by the app's own migrations,
/// the rows by raw SQL in one transaction (prepared inserts, values in EF Core's SQLite formats: upper-case GUID text,
/// decimal text, ISO dates). Each organisation gets one owner with an API token; <c>--targets</c> lists
/// <c>token TAB inventory id</c>, one line per inventory, for the load scripts.
/// </summary>
internal static class Seeder
{
    private static readonly DateTimeOffset Created = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    public static int Run(Arguments args)
    {
        var (db, targets) = (Path.GetFullPath(args.Text("db")), args.Text("targets"));
        var (orgs, years, sources, months) = (args.Int("orgs", 1000), args.Int("years", 5), args.Int("sources", 50), args.Int("months", 12));
        var random = new Random(args.Int("seed", 42));
        var firstYear = 2025 - years;
        var templates = SourceTemplate.Resolve(FactorLibrary.Shipped, Enumerable.Range(firstYear, years));

        foreach (var file in new[] { db, db + "-wal", db + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        var clock = Stopwatch.StartNew();
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={db}");
        using (var context = new AppDbContext((DbContextOptions<AppDbContext>)new DbContextOptionsBuilder<AppDbContext>().UseTanpanDatabase(settings).Options, new TenantContext(), TimeProvider.System))
        {
            context.Database.Migrate();
        }

        SqliteConnection.ClearAllPools(); // the migration's pooled connection would keep the journal mode from changing
        var migrated = clock.Elapsed;
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        Exec(connection, "PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA foreign_keys=OFF;");
        using var transaction = connection.BeginTransaction();
        var organisation = Insert(connection, transaction, "Organisations", "Id", "Name", "IsMidSizedBackbone", "CreatedAt");
        var user = Insert(connection, transaction, "Users", "Id", "Email", "NormalizedEmail", "DisplayName", "FailedLoginCount", "IsAdministrator", "CreatedAt");
        var membership = Insert(connection, transaction, "Memberships", "Id", "OrganisationId", "UserId", "Role", "CreatedAt");
        var token = Insert(connection, transaction, "ApiTokens", "Id", "UserId", "Name", "TokenHash", "CreatedAt");
        var facility = Insert(connection, transaction, "Facilities", "Id", "OrganisationId", "Name");
        var inventory = Insert(connection, transaction, "InventoryYears", "Id", "OrganisationId", "Year", "Boundary", "PeriodStart", "PeriodEnd", "FactorSetId",
            "GwpSetId", "IsBaseYear", "Revision", "OutputQuantity", "OutputUnit", "RevenueNtd");
        var source = Insert(connection, transaction, "EmissionSources", "Id", "OrganisationId", "InventoryYearId", "FacilityId", "Process", "Equipment",
            "EquipmentType", "SourceType", "MaterialKey", "Category", "Gases", "RequiredByLawOrCustomer");
        var entry = Insert(connection, transaction, "ActivityEntries", "Id", "OrganisationId", "InventoryYearId", "EmissionSourceId", "Year", "Month",
            "Amount", "Unit", "DataSourceMethod");

        using var output = new StreamWriter(targets);
        long entries = 0;
        for (var o = 0; o < orgs; o++)
        {
            var organisationId = Id();
            var userId = Id();
            var secret = "tp_" + Base64Url.EncodeToString(RandomBytes(random, 32));
            Run(organisation, organisationId, $"壓測{o + 1:0000}股份有限公司", 0, Created);
            Run(user, userId, $"bench{o + 1:0000}@example.tw", $"BENCH{o + 1:0000}@EXAMPLE.TW", $"壓測{o + 1:0000}", 0, 0, Created);
            Run(membership, Id(), organisationId, userId, "Owner", Created);
            Run(token, Id(), userId, "bench", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), Created);
            var facilities = new[] { Id(), Id() };
            Run(facility, facilities[0], organisationId, "一廠");
            Run(facility, facilities[1], organisationId, "二廠");
            for (var y = 0; y < years; y++)
            {
                var year = firstYear + y;
                var inventoryId = Id();
                Run(inventory, inventoryId, organisationId, year, "OperationalControl", $"{year}-01-01", $"{year}-12-31", FactorLibrary.DefaultSetId,
                    FactorLibrary.DefaultGwpId, y == 0 ? 1 : 0, Id(), Text(10_000m + random.Next(5_000)), "公噸", Text(500_000_000m + random.Next(100_000_000)));
                output.WriteLine($"{secret}\t{inventoryId}");
                for (var s = 0; s < sources; s++)
                {
                    var template = templates[s % templates.Count];
                    var sourceId = Id();
                    Run(source, sourceId, organisationId, inventoryId, facilities[s % 2], template.Process, $"設備 {s + 1:00}", template.EquipmentType,
                        template.SourceType, template.MaterialKey, template.Category, template.Gases, 0);
                    for (var m = 1; m <= months; m++)
                    {
                        var amount = decimal.Round(template.MonthlyAmount * (0.5m + ((decimal)random.NextDouble())), 2);
                        Run(entry, Id(), organisationId, inventoryId, sourceId, year, m, Text(amount), template.Unit, "帳單");
                        entries++;
                    }
                }
            }
        }

        transaction.Commit();
        var inserted = clock.Elapsed - migrated;
        Exec(connection, "PRAGMA journal_mode=WAL; ANALYZE;");
        Console.WriteLine(FormattableString.Invariant(
            $"RESULT seed orgs={orgs} inventories={orgs * years} sources={orgs * years * sources} entries={entries} migrate_s={migrated.TotalSeconds:0.0} insert_s={inserted.TotalSeconds:0.0} total_s={clock.Elapsed.TotalSeconds:0.0} db_mb={new FileInfo(db).Length / 1048576}"));
        return 0;
    }

    private static string Id() => Guid.CreateVersion7().ToString().ToUpperInvariant();

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                DateTimeOffset at => at.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
                var v => v,
            };
        }

        command.ExecuteNonQuery();
    }
}
