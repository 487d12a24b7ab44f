using System.Buffers;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Features.Meters.Storage;
using Tanpan.Web.Features.Meters.ActivitySync;

namespace Tanpan.Web.Features.Meters.Ingest;

/// <summary>
/// <c>POST /api/v1/ingest/readings</c>: a gateway's batch of readings, authenticated only by a gateway key.
/// The whole batch is validated first (one unreadable row: 400 listing every bad row, nothing stored; an implausible
/// row of a known meter is quarantined, <see cref="ReadingBounds"/>, and the rest stored), then stored in one
/// transaction (<see cref="ReadingWriter"/>); the answer is sent after the commit. Linked meters' touched months
/// are then written into their sources' activity data (<see cref="MeterActivity"/>) and queued for anomaly detection in
/// the background (<see cref="IReadingsCommitted"/>).
/// </summary>
public static class IngestApi
{
    /// <summary>Readings per batch; more is 413.</summary>
    public const int MaxReadings = 50_000;

    /// <summary>Body bytes per batch; more is 413.</summary>
    public const long MaxBodyBytes = 16 * 1024 * 1024;

    /// <summary>How stale a key's "last used" may get before a batch writes it again.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public static async Task<Results<Ok<IngestResponse>, ValidationProblem, ProblemHttpResult>> IngestAsync(
        HttpContext context, TenantContext tenant, AppDbContext db, TimeProvider clock, IReadingsCommitted detection,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (GatewayKeys.FromRequest(context.Request) is not { } secret)
        {
            return Problems.Of(StatusCodes.Status401Unauthorized, "需要閘道器金鑰（Authorization: Bearer gk_… 或 X-Gateway-Key）。",
                "A gateway key is required (Authorization: Bearer gk_… or X-Gateway-Key).");
        }

        // One connection for the whole request (the context's disposal closes it), not one per query.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var hash = GatewayKeys.Hash(secret);
        var key = await FindKey.For(db)(db, hash, cancellationToken);
        if (key is null)
        {
            return Problems.Of(StatusCodes.Status401Unauthorized, "閘道器金鑰無效或已撤銷。", "Unknown or revoked gateway key.");
        }

        // The key's organisation is the tenant of this request: meters, readings and entries of no other are visible.
        tenant.Set(null, key.OrganisationId, null);
        var now = clock.GetUtcNow();
        if (key.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            await db.GatewayKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        // The body goes into a pooled buffer of its declared length (a batch of 1,000 readings is ~95 KB: a new array
        // per request, or a MemoryStream growing to it, would land on the large-object heap every time).
        var csv = context.Request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true;
        List<RawReading>? rows;
        bool tooMany;
        string? chinese, english;
        var length = (int)(context.Request.ContentLength ?? 0);
        var pooled = context.Request.ContentLength is not null ? ArrayPool<byte>.Shared.Rent(Math.Max(length, 1)) : null;
        try
        {
            ReadOnlyMemory<byte> body;
            if (pooled is not null)
            {
                var read = await context.Request.Body.ReadAtLeastAsync(pooled.AsMemory(0, length), length, throwOnEndOfStream: false, cancellationToken);
                body = pooled.AsMemory(0, read);
            }
            else
            {
                using var buffer = new MemoryStream(); // no declared length (chunked): rare for gateways
                await context.Request.Body.CopyToAsync(buffer, cancellationToken);
                body = buffer.ToArray();
            }

            (rows, tooMany, chinese, english) = ReadingBatch.Parse(body.Span, csv, MaxReadings);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        finally
        {
            if (pooled is not null)
            {
                ArrayPool<byte>.Shared.Return(pooled);
            }
        }

        if (tooMany)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, $"一批最多 {MaxReadings:N0} 筆讀數。", $"A batch holds at most {MaxReadings:N0} readings.");
        }

        if (rows is null)
        {
            return Problems.Invalid("body", chinese!, english!);
        }

        var meters = await MetersByKeyAsync(db, rows, cancellationToken);
        var (valid, errors, rejected) = ReadingBatch.Validate(rows, meters, now.ToUnixTimeSeconds());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                errors.GroupBy(e => $"readings[{e.Index}].{e.Field}", StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(e => $"{e.Chinese} {e.English}").ToArray(), StringComparer.Ordinal),
                title: $"{errors.Select(e => e.Index).Distinct().Count()} 筆讀數有誤，整批未儲存。 {errors.Select(e => e.Index).Distinct().Count()} readings are invalid; nothing was stored.");
        }

        var counts = valid.Count == 0
            ? new WriteCounts(0, 0, 0)
            : await ReadingWriter.WriteAsync(db, context.RequestServices.GetRequiredService<IMeterStorage>(), key.OrganisationId, key.Id, valid,
                now.ToUnixTimeSeconds(), cancellationToken);
        if (rejected.Count > 0)
        {
            await ReadingQuarantine.AddAsync(db, key.OrganisationId, key.Id, rejected, now.ToUnixTimeSeconds(), cancellationToken);
        }

        var activity = new List<ActivitySyncResult>();
        foreach (var group in valid.Where(r => r.Meter.EmissionSourceId is not null).GroupBy(r => r.Meter.Id))
        {
            activity.AddRange(await MeterActivity.SyncAsync(db, group.Key, group.Select(r => MeterActivity.MonthOf(r.TimestampUtc)).Distinct(), cancellationToken));
        }

        detection.Request(key.OrganisationId, valid.Select(r => r.Meter.Id).Distinct()); // after the commit; never waits (docs/monitoring.md)
        return TypedResults.Ok(new IngestResponse(valid.Count, counts.Accepted, counts.Duplicates, counts.Conflicts, activity, rejected.Count,
            [.. rejected.Select(r =>
            {
                var (chinese, english) = ReadingBounds.Describe(r.Reason, r.Meter.MaxValue);
                return new QuarantinedReading(r.Index, r.Meter.Id, r.TimestampUtc, ReadingBounds.Text(r.Value), r.Reason, chinese, english);
            })]));
    }

    /// <summary>The live gateway key with that hash (any organisation's: the key decides the tenant), compiled: every batch runs it.</summary>
    private static readonly CompiledPerModel<Func<AppDbContext, string, CancellationToken, Task<KeyRow?>>> FindKey = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, string hash, CancellationToken ct) => db.GatewayKeys.IgnoreQueryFilters().AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => new KeyRow(k.Id, k.OrganisationId, k.LastUsedAt))
            .SingleOrDefault()));

    /// <summary>The tenant's meters with one of these ids, or named like one of them, compiled: every batch naming meters by id runs it.</summary>
    private static readonly CompiledPerModel<Func<AppDbContext, List<Guid>, List<string>, IAsyncEnumerable<MeterRow>>> MetersNamed = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, List<Guid> ids, List<string> names) => db.Meters.AsNoTracking()
            .Where(m => ids.Contains(m.Id) || names.Contains(m.Name))
            .Select(m => new MeterRow(m.Id, m.Name, m.Kind, m.RolloverValue, m.IntervalMinutes, m.EmissionSourceId, m.EnergyType, m.Unit, m.ContractCapacityKw, m.MaxReadingValue))));

    private sealed record KeyRow(Guid Id, Guid OrganisationId, DateTimeOffset? LastUsedAt);

    private sealed record MeterRow(Guid Id, string Name, string Kind, decimal? RolloverValue, int IntervalMinutes, Guid? EmissionSourceId,
        string EnergyType, string Unit, decimal? ContractCapacityKw, decimal? MaxReadingValue);

    private static ProblemHttpResult TooLarge() => Problems.Of(StatusCodes.Status413PayloadTooLarge,
        $"內容超過 {MaxBodyBytes / 1024 / 1024} MB。", $"The body is larger than {MaxBodyBytes / 1024 / 1024} MB.");

    /// <summary>
    /// The organisation's meters by id (as text, any case) and by name. When every row names its meter by id (what
    /// gateways send), only those meters are read, with any meter named like one of those ids; otherwise all of them.
    /// </summary>
    internal static async Task<Dictionary<string, MeterRef>> MetersByKeyAsync(AppDbContext db, List<RawReading> rows, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        string? last = null;
        foreach (var row in rows)
        {
            if (row.Meter is { } key && !ReferenceEquals(key, last))
            {
                keys.Add(key.Trim());
                last = key;
            }
        }

        var ids = new List<Guid>(keys.Count);
        foreach (var key in keys)
        {
            if (!Guid.TryParse(key, out var id))
            {
                ids = null;
                break;
            }

            ids.Add(id);
        }

        var meters = ids is not null
            ? MetersNamed.For(db)(db, ids, [.. keys])
            : db.Meters.AsNoTracking().Select(m => new MeterRow(m.Id, m.Name, m.Kind, m.RolloverValue, m.IntervalMinutes, m.EmissionSourceId,
                m.EnergyType, m.Unit, m.ContractCapacityKw, m.MaxReadingValue)).AsAsyncEnumerable();
        var byKey = new Dictionary<string, MeterRef>(StringComparer.OrdinalIgnoreCase);
        await foreach (var m in meters.WithCancellation(cancellationToken))
        {
            var cumulative = m.Kind == Data.Entities.MeterValues.Cumulative;
            var reference = new MeterRef(m.Id, m.Name, cumulative, (double?)m.RolloverValue, m.IntervalMinutes, m.EmissionSourceId,
                ReadingBounds.MaxValue(cumulative, m.RolloverValue, m.IntervalMinutes, m.EnergyType, m.Unit, m.ContractCapacityKw, m.MaxReadingValue));
            byKey[m.Id.ToString("D")] = reference;
            byKey[m.Id.ToString("N")] = reference;
            byKey.TryAdd(m.Name, reference);
        }

        return byKey;
    }
}
