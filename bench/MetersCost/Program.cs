using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Tanpan.Core.Monitoring;
using Tanpan.Core.Tariffs;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Meters;
using Tanpan.Web.Features.Meters.Profiles;
using Tanpan.Web.Features.Meters.Storage;
using Tanpan.Web.Features.Monitoring;
using Tanpan.Web.Infrastructure;

// bench/MetersCost: monthly kWh and time-of-use cost of every meter-month of N meters × one year of 15-minute
// readings in a MeterReadings-shaped PostgreSQL table. (1) the app's path (--path profiles, the default): the meters'
// day profiles (MeterDayProfiles, filled in setup by the app's own DayProfileWriter.RebuildMetersAsync) read by
// MeterProfileReader, then the day-profile TouCost.Monthly; --path copy: the readings through MeterSeriesReader and the
// reading TouCost.Monthly; --path ef: MeterReadingStore.LoadAsync per meter; (2) the reference: one GROUP BY over the
// readings joined with a calendar table of each 15-minute slot's month, period and rate (generated from the same
// schedules). Both results are compared meter-month-period by meter-month-period.
var options = Args.Parse(args);
var org = new Guid("00000000-0000-7000-8000-00000000a11c");
var plans = new[] { ("high_voltage_three_stage", Voltage.High), ("high_voltage_2_tier", Voltage.High), ("low_voltage_three_stage", Voltage.Low), ("extra_high_voltage_three_stage", Voltage.ExtraHigh) };
var schedules = plans.Select(p => TouSchedule.Build(TariffLibrary.Shipped.Find(p.Item1)!, p.Item2).Schedule!).ToArray();
var meters = Enumerable.Range(0, options.Meters).Select(i => (Id: new Guid($"00000000-0000-7000-8000-{i + 1:000000000000}"), Plan: i % plans.Length)).ToArray();
var from = new DateTimeOffset(options.Year, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();
var to = new DateTimeOffset(options.Year + 1, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();
var calendar = HolidayCalendar.Shipped;

await using var data = NpgsqlDataSource.Create(options.Connection);
if (!options.SkipSetup)
{
    var sw = Stopwatch.StartNew();
    await SetupAsync();
    Console.WriteLine($"setup: {meters.Length * (to - from) / 900:N0} readings and the calendar table loaded in {sw.Elapsed.TotalSeconds:F1} s");
}

var appResult = new Dictionary<(Guid, int, string), (double Kwh, decimal Cost)>();
var refResult = new Dictionary<(Guid, int, string), (double Kwh, double Cost)>();
var appTimes = new List<double>();
var refTimes = new List<double>();
var computeTimes = new List<double>();
for (var run = 0; run < options.Runs; run++)
{
    refResult.Clear();
    var sw = Stopwatch.StartNew();
    await ReferenceAsync(refResult);
    refTimes.Add(sw.Elapsed.TotalSeconds);
    appResult.Clear();
    sw.Restart();
    var (readings, computeSeconds) = await AppPathAsync(appResult);
    appTimes.Add(sw.Elapsed.TotalSeconds);
    computeTimes.Add(computeSeconds);
    Console.WriteLine($"run {run + 1}: reference {refTimes[^1]:F2} s, app path ({options.Path}) {appTimes[^1]:F2} s of which TouCost.Monthly {computeSeconds:F3} s ({readings:N0} {(options.Path == "profiles" ? "day profiles" : "readings")})");
}

var mismatches = 0;
foreach (var (key, r) in refResult)
{
    if (!appResult.TryGetValue(key, out var a) || Math.Abs(a.Kwh - r.Kwh) > 1e-9 * Math.Max(1, Math.Abs(r.Kwh)) || Math.Abs((double)a.Cost - r.Cost) > 0.005)
    {
        if (mismatches++ < 5)
        {
            Console.WriteLine($"MISMATCH {key}: app {a.Kwh} kWh NT${a.Cost}, reference {r.Kwh} kWh NT${r.Cost}");
        }
    }
}

mismatches += appResult.Keys.Count(k => !refResult.ContainsKey(k));
var appBest = appTimes.Min();
var refBest = refTimes.Min();
var totalKwh = refResult.Values.Sum(v => v.Kwh);
var totalCost = appResult.Values.Sum(v => v.Cost);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"RESULT meters-cost path={options.Path} meters={meters.Length} meter_months={appResult.Keys.Select(k => (k.Item1, k.Item2)).Distinct().Count()} cells={refResult.Count} app_s={appBest:F3} ref_s={refBest:F3} ratio={refBest / appBest:F2} compute_s={computeTimes.Min():F3} kwh={totalKwh:F1} cost_ntd={totalCost:F2} mismatches={mismatches}"));
return mismatches == 0 ? 0 : 1;

async Task SetupAsync()
{
    await using (var cmd = data.CreateCommand("""
        DROP TABLE IF EXISTS "MeterReadings", "MeterDayProfiles", bench_meter_plans, bench_tou_slots;
        CREATE TABLE "MeterReadings" ("MeterId" uuid NOT NULL, "TimestampUtc" bigint NOT NULL, "OrganisationId" uuid NOT NULL,
            "Quantity" double precision NOT NULL, "Register" double precision NULL, "Flags" integer NOT NULL, "ReceivedAt" bigint NOT NULL,
            CONSTRAINT "PK_MeterReadings" PRIMARY KEY ("MeterId", "TimestampUtc"));
        CREATE TABLE "MeterDayProfiles" ("MeterId" uuid NOT NULL, "LocalDay" bigint NOT NULL, "OrganisationId" uuid NOT NULL,
            "Slots" bytea NOT NULL, "Readings" integer NOT NULL, CONSTRAINT "PK_MeterDayProfiles" PRIMARY KEY ("MeterId", "LocalDay"));
        CREATE TABLE bench_meter_plans (meter_id uuid PRIMARY KEY, plan_id text NOT NULL);
        CREATE TABLE bench_tou_slots (plan_id text NOT NULL, ts bigint NOT NULL, month_key integer NOT NULL, period text NOT NULL, rate double precision NOT NULL,
            PRIMARY KEY (plan_id, ts));
        """))
    {
        await cmd.ExecuteNonQueryAsync();
    }

    await using var conn = await data.OpenConnectionAsync();
    var random = new Random(options.Seed);
    await using (var copy = await conn.BeginBinaryImportAsync("""COPY "MeterReadings" ("MeterId", "TimestampUtc", "OrganisationId", "Quantity", "Flags", "ReceivedAt") FROM STDIN (FORMAT BINARY)"""))
    {
        foreach (var (id, _) in meters)
        {
            var scale = 1 + (random.NextDouble() * 9);
            for (var t = from + 900; t <= to; t += 900)
            {
                var hour = TouSchedule.LocalSlot(t - 1) / 4;
                var working = calendar.DayTypeOf(TouSchedule.DateOfLocalDay(TouSchedule.LocalDay(t - 1))) == DayType.Weekday && hour is >= 8 and < 20;
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(t, NpgsqlDbType.Bigint);
                await copy.WriteAsync(org, NpgsqlDbType.Uuid);
                await copy.WriteAsync(Math.Round(scale * (working ? 10 : 2) * (0.8 + (0.4 * random.NextDouble())), 3), NpgsqlDbType.Double);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync(to, NpgsqlDbType.Bigint);
            }
        }

        await copy.CompleteAsync();
    }

    await using (var copy = await conn.BeginBinaryImportAsync("COPY bench_meter_plans (meter_id, plan_id) FROM STDIN (FORMAT BINARY)"))
    {
        foreach (var (id, plan) in meters)
        {
            await copy.WriteRowAsync(default, id, plans[plan].Item1);
        }

        await copy.CompleteAsync();
    }

    // The calendar: every 15-minute interval end of the year, per plan, with its local month, period and rate.
    await using (var copy = await conn.BeginBinaryImportAsync("COPY bench_tou_slots (plan_id, ts, month_key, period, rate) FROM STDIN (FORMAT BINARY)"))
    {
        foreach (var schedule in schedules)
        {
            for (var t = from + 900; t <= to; t += 900)
            {
                var c = schedule.Classify(t - 1, calendar);
                await copy.WriteRowAsync(default, schedule.Plan.Id, t, (c.LocalDate.Year * 100) + c.LocalDate.Month,
                    c.Period is { } p ? TariffKeys.Key(p) : "unpriced", (double)(c.Rate?.Price.NtdPerKwh ?? 0m));
            }
        }

        await copy.CompleteAsync();
    }

    // The day profiles, by the code the app runs for readings stored before the profiles existed (the ingestion keeps
    // them with the same rebuild, DayProfileWriter.RebuildAsync).
    var profileClock = Stopwatch.StartNew();
    await using (var context = NewContext())
    {
        await DayProfileWriter.RebuildMetersAsync(context, meters.Select(m => m.Id), CancellationToken.None);
    }

    Console.WriteLine($"setup: day profiles built by DayProfileWriter.RebuildMetersAsync in {profileClock.Elapsed.TotalSeconds:F1} s");
    await using var analyze = new NpgsqlCommand("VACUUM ANALYZE", conn);
    await analyze.ExecuteNonQueryAsync();
}

AppDbContext NewContext()
{
    var tenant = new TenantContext();
    tenant.Set(null, org, MembershipRole.Owner);
    var builder = new DbContextOptionsBuilder<AppDbContext>();
    builder.UseTanpanDatabase(new DatabaseSettings(DatabaseProvider.Postgres, options.Connection));
    return new AppDbContext(builder.Options, tenant, TimeProvider.System);
}

async Task ReferenceAsync(Dictionary<(Guid, int, string), (double, double)> result)
{
    await using var cmd = data.CreateCommand("""
        SELECT r."MeterId", c.month_key, c.period, sum(r."Quantity"), sum(r."Quantity" * c.rate)
        FROM "MeterReadings" r
        JOIN bench_meter_plans p ON p.meter_id = r."MeterId"
        JOIN bench_tou_slots c ON c.plan_id = p.plan_id AND c.ts = r."TimestampUtc"
        WHERE r."OrganisationId" = $1 AND r."TimestampUtc" > $2 AND r."TimestampUtc" <= $3
        GROUP BY 1, 2, 3
        """);
    cmd.Parameters.Add(new NpgsqlParameter { Value = org });
    cmd.Parameters.Add(new NpgsqlParameter { Value = from });
    cmd.Parameters.Add(new NpgsqlParameter { Value = to });
    await using var reader = await cmd.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        result[(reader.GetGuid(0), reader.GetInt32(1), reader.GetString(2))] = (reader.GetDouble(3), reader.GetDouble(4));
    }
}

async Task<(long Readings, double ComputeSeconds)> AppPathAsync(Dictionary<(Guid, int, string), (double, decimal)> result)
{
    var compute = new Stopwatch();
    var tenant = new TenantContext();
    tenant.Set(null, org, MembershipRole.Owner);
    var builder = new DbContextOptionsBuilder<AppDbContext>();
    builder.UseTanpanDatabase(new DatabaseSettings(DatabaseProvider.Postgres, options.Connection));
    var db = builder.Options;
    long readings = 0;
    await using var context = new AppDbContext(db, tenant, TimeProvider.System);
    if (options.Path == "profiles")
    {
        var profiles = await new MeterProfileReader(context, tenant).LoadAsync(meters.Select(m => m.Id).ToList(),
            TouSchedule.LocalDay(from), TouSchedule.LocalDay(to), CancellationToken.None);
        foreach (var (id, plan) in meters)
        {
            var profile = profiles[id];
            readings += profile.Count;
            compute.Start();
            var months = TouCost.Monthly(schedules[plan], calendar, profile.LocalDays, profile.Slots, profile.Readings);
            compute.Stop();
            Collect(id, months);
        }

        return (readings, compute.Elapsed.TotalSeconds);
    }

    var store = new MeterReadingStore(context);
    IReadOnlyDictionary<Guid, MeterSeries>? all = null;
    if (options.Path == "copy")
    {
        all = await new MeterSeriesReader(context, store, tenant).LoadAsync(meters.Select(m => m.Id).ToList(), from, to, CancellationToken.None);
    }

    foreach (var (id, plan) in meters)
    {
        var series = all?[id] ?? await store.LoadAsync(id, DateTimeOffset.FromUnixTimeSeconds(from), DateTimeOffset.FromUnixTimeSeconds(to), CancellationToken.None);
        readings += series.Count;
        compute.Start();
        var months = TouCost.Monthly(schedules[plan], calendar, series.TimestampsUtc, series.Quantities);
        compute.Stop();
        Collect(id, months);
    }

    return (readings, compute.Elapsed.TotalSeconds);

    void Collect(Guid id, IReadOnlyList<MonthlyCost> months)
    {
        foreach (var month in months)
        {
            foreach (var p in month.Periods)
            {
                result[(id, (month.Year * 100) + month.Month, TariffKeys.Key(p.Period))] = (p.Kwh, p.EnergyChargeNtd);
            }

            if (month.UnpricedKwh != 0)
            {
                result[(id, (month.Year * 100) + month.Month, "unpriced")] = (month.UnpricedKwh, 0m);
            }
        }
    }
}

internal sealed record Args(string Connection, int Meters, int Year, int Runs, int Seed, bool SkipSetup, string Path)
{
    public static Args Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var conn = Get("--conn", Environment.GetEnvironmentVariable("TANPAN_TEST_PG") ?? "");
        if (conn.Length == 0)
        {
            throw new ArgumentException("give --conn or TANPAN_TEST_PG");
        }

        return new Args(conn, int.Parse(Get("--meters", "100"), CultureInfo.InvariantCulture), int.Parse(Get("--year", "2025"), CultureInfo.InvariantCulture),
            int.Parse(Get("--runs", "3"), CultureInfo.InvariantCulture), int.Parse(Get("--seed", "42"), CultureInfo.InvariantCulture), args.Contains("--skip-setup"),
            Get("--path", "profiles"));
    }
}
