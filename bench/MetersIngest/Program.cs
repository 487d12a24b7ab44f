using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

// bench/MetersIngest: MetersIngest --provider sqlite|postgres --conn CS --url http://127.0.0.1:PORT
//   [--meters 100] [--days 365] [--uploaders 16] [--batch 1000] [--ef-sample 50000]
// Against a running app on a fresh, migrated database: seeds one organisation with METERS meters and a gateway key,
// then measures in this order, in the same run, on the same table (MeterReadings, same primary key):
//   reference  PostgreSQL: one Npgsql binary COPY of every reading; SQLite: a prepared INSERT, one transaction per batch
//   reference_batched  PostgreSQL only, shown and not judged: binary COPY per batch on --uploaders connections
//   ef         an EF Core AddRange + SaveChanges loop (batches of --batch) on --ef-sample readings, extrapolated
//   warmup     the first batches through the API (JIT tiers, pools), then the tables emptied and the machine left
//              until idle (the app's background tier-1 compilation done)
//   http       every reading through POST /api/v1/ingest/readings, --uploaders concurrent clients, batches of --batch
//   again      the same batches again (idempotency check: all duplicates, nothing stored)
// The tables are emptied between phases. The request bodies are encoded before anything is timed. Prints RESULT lines
// and a summary.
var options = Options.Parse(args);
var settings = new DatabaseSettings(DatabaseSettings.ParseProvider(options.Provider), options.Connection);
var organisationId = Guid.CreateVersion7();
var tenant = new TenantContext();
tenant.Set(null, organisationId, MembershipRole.Owner);
AppDbContext Context()
{
    var builder = new DbContextOptionsBuilder<AppDbContext>();
    builder.UseTanpanDatabase(settings);
    return new AppDbContext(builder.Options, tenant, TimeProvider.System);
}

var key = "gk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
var meterIds = new Guid[options.Meters];
await using (var db = Context())
{
    await db.Database.MigrateAsync();
    db.Organisations.Add(new Organisation { Id = organisationId, Name = "電表基準測試股份有限公司" });
    var facility = new Facility { Id = Guid.CreateVersion7(), OrganisationId = organisationId, Name = "一廠" };
    db.Facilities.Add(facility);
    for (var m = 0; m < meterIds.Length; m++)
    {
        meterIds[m] = Guid.CreateVersion7();
        db.Meters.Add(new Meter
        {
            Id = meterIds[m], OrganisationId = organisationId, FacilityId = facility.Id, Name = $"meter-{m:D3}", EnergyType = "electricity", Unit = "kWh",
            Kind = "interval", IntervalMinutes = 15, CreatedAt = DateTimeOffset.UtcNow,
        });
    }

    db.GatewayKeys.Add(new GatewayKey
    {
        Id = Guid.CreateVersion7(), OrganisationId = organisationId, Name = "bench",
        KeyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), CreatedAt = DateTimeOffset.UtcNow,
    });
    await db.SaveChangesAsync();
}

var perMeter = options.Days * 96;
long total = (long)perMeter * options.Meters;
var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();
Console.WriteLine($"readings: {options.Meters} meters x {options.Days} days x 96 = {total:N0}; provider {settings.ProviderName}");

// The i-th reading (meter-major): meter i / perMeter, interval end start + (i % perMeter + 1) x 15 min.
(Guid Meter, long Ts, double Value) Reading(long i)
{
    var m = (int)(i / perMeter);
    var k = i % perMeter;
    return (meterIds[m], start + ((k + 1) * 900), 5 + ((k * 7 + m) % 40 / 4.0));
}

using var client = new HttpClient { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromMinutes(5) };
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
// Batches as gateways send them: each batch holds --batch consecutive readings of ONE meter, and batch b is meter
// b % meters' chunk b / meters, so the --uploaders requests in flight at a time are for different meters (as 16
// gateways with their own meters would be), not 16 slices of one meter's year that all touch the same days.
var chunksPerMeter = (perMeter + options.Batch - 1) / options.Batch;
var batches = options.Meters * chunksPerMeter;
(long From, long To) BatchRange(int b)
{
    var meter = (long)(b % options.Meters);
    var from = (meter * perMeter) + ((long)(b / options.Meters) * options.Batch);
    return (from, Math.Min(from + options.Batch, (meter + 1) * perMeter));
}

// The request bodies are encoded before anything is timed: the gateways are other machines, and encoding 3.5 M
// readings as JSON on the two cores the server uses would bill the server for the client's work.
var bodies = new byte[batches][];
{
    var buffer = new ArrayBufferWriter<byte>(options.Batch * 100);
    for (var b = 0; b < batches; b++)
    {
        buffer.ResetWrittenCount();
        var (batchFrom, batchTo) = BatchRange(b);
        WriteBatch(buffer, batchFrom, batchTo);
        bodies[b] = buffer.WrittenSpan.ToArray();
    }
}


// ---- reference
var sw = Stopwatch.StartNew();
var received = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
if (settings.Provider == DatabaseProvider.Postgres)
{
    await using var connection = new NpgsqlConnection(options.Connection);
    await connection.OpenAsync();
    await CopyReadingsAsync(connection, 0, total);
}
else
{
    await using var connection = new SqliteConnection(options.Connection);
    await connection.OpenAsync();
    await using (var pragma = new SqliteCommand("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", connection))
    {
        await pragma.ExecuteNonQueryAsync();
    }

    var org = organisationId.ToString("D").ToUpperInvariant();
    var meterText = meterIds.Select(m => m.ToString("D").ToUpperInvariant()).ToArray();
    for (long from = 0; from < total; from += options.Batch)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = new SqliteCommand("""
            INSERT INTO "MeterReadings" ("MeterId", "TimestampUtc", "OrganisationId", "Quantity", "Register", "Flags", "ReceivedAt")
            VALUES ($meter, $ts, $org, $quantity, NULL, 0, $received) ON CONFLICT DO NOTHING
            """, connection, transaction);
        var meter = insert.Parameters.Add("$meter", SqliteType.Text);
        var ts = insert.Parameters.Add("$ts", SqliteType.Integer);
        insert.Parameters.AddWithValue("$org", org);
        var quantity = insert.Parameters.Add("$quantity", SqliteType.Real);
        insert.Parameters.AddWithValue("$received", received);
        insert.Prepare();
        for (var i = from; i < Math.Min(total, from + options.Batch); i++)
        {
            var r = Reading(i);
            meter.Value = meterText[i / perMeter];
            ts.Value = r.Ts;
            quantity.Value = r.Value;
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}

var referenceSeconds = sw.Elapsed.TotalSeconds;
await CheckCountAsync(total);
await EmptyAsync();
Console.WriteLine($"RESULT reference rows={total} seconds={referenceSeconds:F3} rate={total / referenceSeconds:F0}");

// ---- PostgreSQL only, shown beside the reference: binary COPY in the HTTP phase's batches, one transaction each,
// --uploaders connections at a time (the database side of the same work units, without HTTP, JSON or checks).
double? batchedRate = null;
if (settings.Provider == DatabaseProvider.Postgres)
{
    var next = -1;
    sw.Restart();
    await Task.WhenAll(Enumerable.Range(0, options.Uploaders).Select(_ => Task.Run(async () =>
    {
        int b;
        while ((b = Interlocked.Increment(ref next)) < batches)
        {
            var (batchFrom, batchTo) = BatchRange(b);
            await using var connection = new NpgsqlConnection(options.Connection);
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await CopyReadingsAsync(connection, batchFrom, batchTo);
            await transaction.CommitAsync();
        }
    })));
    var batchedSeconds = sw.Elapsed.TotalSeconds;
    await CheckCountAsync(total);
    await EmptyAsync();
    batchedRate = total / batchedSeconds;
    Console.WriteLine($"RESULT reference_batched rows={total} seconds={batchedSeconds:F3} rate={batchedRate:F0}");
}

// ---- EF Core SaveChanges loop on a sample
var sample = Math.Min(options.EfSample, total);
sw.Restart();
for (long from = 0; from < sample; from += options.Batch)
{
    await using var db = Context();
    for (var i = from; i < Math.Min(sample, from + options.Batch); i++)
    {
        var r = Reading(i);
        db.MeterReadings.Add(new MeterReading { OrganisationId = organisationId, MeterId = r.Meter, TimestampUtc = r.Ts, Quantity = r.Value, ReceivedAt = received });
    }

    await db.SaveChangesAsync();
}

var efSeconds = sw.Elapsed.TotalSeconds;
await EmptyAsync();
Console.WriteLine($"RESULT ef rows={sample} seconds={efSeconds:F3} rate={sample / efSeconds:F0}");

// ---- warm-up (JIT tiers, connection pools), right before the timed phase: every batch through the API once, then the
// tables emptied and the machine left until idle. The timed phase measures the app as it runs for days, not its first
// minute: with 32 batches of warm-up the app was still compiling ~1,400 methods at tier 1 (EF Core, ASP.NET Core) ten
// seconds into the timed phase, about a fifth of its CPU; with 1.6 M readings still ~1,700 methods, ~8 % of the
// machine (DOTNET_JitStdOutFile, perf); after one whole pass, ~230 (docs/benchmarks.md#meters-ingest).
await PushAllAsync("warmup", batches);
await EmptyAsync();
var settled = await SettleAsync(TimeSpan.FromSeconds(60));
Console.WriteLine($"RESULT settle seconds={settled.Seconds:F1} busy_percent={settled.Busy:F0}");

// ---- through the HTTP API, then the same again
var http = await PushAllAsync("http", batches);
var again = await PushAllAsync("again", batches);
await CheckCountAsync(total);

var refRate = total / referenceSeconds;
var efRate = sample / efSeconds;
Console.WriteLine();
Console.WriteLine($"meters ingest ({settings.ProviderName}): {total:N0} readings, {options.Uploaders} uploaders, batches of {options.Batch:N0}");
Console.WriteLine($"  {"phase",-40}{"readings/s",14}{"vs reference",14}{"p99 ms",10}  target");
Console.WriteLine($"  {ReferenceName(),-40}{refRate,14:N0}{"100%",14}{"",10}");
if (batchedRate is { } batched)
{
    Console.WriteLine($"  {"binary COPY per batch, " + options.Uploaders + " connections",-40}{batched,14:N0}{batched / refRate,14:P0}{"",10}  " +
        $"(HTTP API: {http.Rate / batched:P0} of this, again: {again.Rate / batched:P0})");
}

Console.WriteLine($"  {"EF Core SaveChanges loop (sample " + sample.ToString("N0", CultureInfo.InvariantCulture) + ")",-40}{efRate,14:N0}{efRate / refRate,14:P0}{"",10}");
Console.WriteLine($"  {"HTTP API",-40}{http.Rate,14:N0}{http.Rate / refRate,14:P0}{http.P99,10:F0}  " +
    $"{Pass(http.Rate / refRate >= 0.5)} >= 50 %, {Pass(http.P99 < 250)} p99 < 250 ms, {Pass(http.Rate >= 10 * efRate)} >= 10x EF ({http.Rate / efRate:F1}x)");
Console.WriteLine($"  {"HTTP API again (idempotency check)",-40}{again.Rate,14:N0}{again.Rate / refRate,14:P0}{again.P99,10:F0}  " +
    $"{Pass(again.Rate / refRate >= 0.35)} >= 35 %, {Pass(again.P99 < 250)} p99 < 250 ms; accepted {again.Accepted:N0}, duplicates {again.Duplicates:N0}");
return http.Failures + again.Failures == 0 && again.Accepted == 0 && again.Duplicates == total ? 0 : 1;

// Waits until the whole machine is idle (under 10 % busy over half a second, from /proc/stat), at most `limit`. Returns
// the time waited and the last busy share. Without /proc/stat (not Linux) it waits 5 s.
static async Task<(double Seconds, double Busy)> SettleAsync(TimeSpan limit)
{
    var watch = Stopwatch.StartNew();
    if (!File.Exists("/proc/stat"))
    {
        await Task.Delay(TimeSpan.FromSeconds(5));
        return (watch.Elapsed.TotalSeconds, double.NaN);
    }

    var busy = 100.0;
    var before = CpuTicks();
    while (watch.Elapsed < limit)
    {
        await Task.Delay(500);
        var now = CpuTicks();
        var (work, idle) = (now.Work - before.Work, now.Idle - before.Idle);
        busy = work + idle == 0 ? 0 : 100.0 * work / (work + idle);
        before = now;
        if (busy < 10)
        {
            break;
        }
    }

    return (watch.Elapsed.TotalSeconds, busy);

    // The "cpu" line: user nice system idle iowait irq softirq …; idle time is idle + iowait.
    static (long Work, long Idle) CpuTicks()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return (fields[0] + fields[1] + fields[2] + fields[5] + fields[6], fields[3] + fields[4]);
    }
}

string ReferenceName() => settings.Provider == DatabaseProvider.Postgres ? "reference: Npgsql binary COPY" : "reference: prepared INSERT, txn per batch";

static string Pass(bool ok) => ok ? "PASS" : "FAIL";

async Task<(double Rate, double P99, long Accepted, long Duplicates, int Failures)> PushAllAsync(string name, int batches)
{
    var next = -1;
    long sent = 0;
    var latencies = new double[batches];
    long accepted = 0, duplicates = 0;
    var failures = 0;
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, options.Uploaders).Select(_ => Task.Run(async () =>
    {
        int batch;
        while ((batch = Interlocked.Increment(ref next)) < batches)
        {
            var (batchFrom, batchTo) = BatchRange(batch);
            Interlocked.Add(ref sent, batchTo - batchFrom);
            using var content = new ReadOnlyMemoryContent(bodies[batch]);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var t = Stopwatch.GetTimestamp();
            using var response = await client.PostAsync(new Uri("/api/v1/ingest/readings", UriKind.Relative), content);
            var body = await response.Content.ReadAsStringAsync();
            latencies[batch] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failures);
                Console.Error.WriteLine($"batch {batch}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
                continue;
            }

            using var json = JsonDocument.Parse(body);
            Interlocked.Add(ref accepted, json.RootElement.GetProperty("accepted").GetInt32());
            Interlocked.Add(ref duplicates, json.RootElement.GetProperty("duplicates").GetInt32());
        }
    })));
    var seconds = watch.Elapsed.TotalSeconds;
    Array.Sort(latencies);
    var p50 = latencies[latencies.Length / 2];
    var p99 = latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(latencies.Length * 0.99) - 1)];
    var rows = sent;
    Console.WriteLine($"RESULT {name} rows={rows} seconds={seconds:F3} rate={rows / seconds:F0} requests={batches} p50_ms={p50:F1} p99_ms={p99:F1} " +
        $"max_ms={latencies[^1]:F1} accepted={accepted} duplicates={duplicates} failures={failures}");
    return (rows / seconds, p99, accepted, duplicates, failures);
}

void WriteBatch(IBufferWriter<byte> output, long from, long to)
{
    using var writer = new Utf8JsonWriter(output);
    writer.WriteStartObject();
    writer.WriteStartArray("readings");
    Span<char> ts = stackalloc char[32];
    for (var i = from; i < to; i++)
    {
        var r = Reading(i);
        writer.WriteStartObject();
        writer.WriteString("meter", r.Meter);
        DateTimeOffset.FromUnixTimeSeconds(r.Ts).ToOffset(TimeSpan.FromHours(8)).TryFormat(ts, out var n, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        writer.WriteString("ts", ts[..n]);
        writer.WriteNumber("value", r.Value);
        writer.WriteEndObject();
    }

    writer.WriteEndArray();
    writer.WriteEndObject();
}

// Readings [from, to) into MeterReadings by one binary COPY, as the references store them.
async Task CopyReadingsAsync(NpgsqlConnection connection, long from, long to)
{
    await using var import = await connection.BeginBinaryImportAsync(
        "COPY \"MeterReadings\" (\"MeterId\", \"TimestampUtc\", \"OrganisationId\", \"Quantity\", \"Register\", \"Flags\", \"ReceivedAt\") FROM STDIN (FORMAT BINARY)");
    for (var i = from; i < to; i++)
    {
        var r = Reading(i);
        await import.StartRowAsync();
        await import.WriteAsync(r.Meter, NpgsqlDbType.Uuid);
        await import.WriteAsync(r.Ts, NpgsqlDbType.Bigint);
        await import.WriteAsync(organisationId, NpgsqlDbType.Uuid);
        await import.WriteAsync(r.Value, NpgsqlDbType.Double);
        await import.WriteNullAsync();
        await import.WriteAsync(0, NpgsqlDbType.Integer);
        await import.WriteAsync(received, NpgsqlDbType.Bigint);
    }

    await import.CompleteAsync();
}

async Task EmptyAsync()
{
    await using var db = Context();
    await db.Database.ExecuteSqlRawAsync(settings.Provider == DatabaseProvider.Postgres
        ? "TRUNCATE \"MeterReadings\", \"MeterDayProfiles\""
        : "DELETE FROM \"MeterReadings\"; DELETE FROM \"MeterDayProfiles\"");
}

async Task CheckCountAsync(long expected)
{
    await using var db = Context();
    var count = await db.MeterReadings.LongCountAsync();
    if (count != expected)
    {
        throw new InvalidOperationException($"expected {expected} readings, found {count}");
    }
}

internal sealed record Options(string Provider, string Connection, string Url, int Meters, int Days, int Uploaders, int Batch, long EfSample)
{
    public static Options Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            map[args[i]] = args[i + 1];
        }

        int Int(string name, int fallback) => map.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new Options(map["--provider"], map["--conn"], map["--url"], Int("--meters", 100), Int("--days", 365), Int("--uploaders", 16),
            Int("--batch", 1000), Int("--ef-sample", 50_000));
    }
}
