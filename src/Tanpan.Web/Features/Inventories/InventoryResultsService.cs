using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanpan.Core.Factors;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// The one way to get an inventory's results, for the API and the pages: one small query for the inventory's
/// head (revision, lock, intensity inputs), then the cache; on a miss, the snapshot of a locked inventory or a
/// new calculation (<see cref="ResultsCalculation"/>).
/// </summary>
public sealed class InventoryResultsService(AppDbContext db, FactorLibrary library, ResultsCache cache, IOptions<JsonOptions> json)
{
    private readonly JsonSerializerOptions _json = json.Value.SerializerOptions;

    /// <summary>The inventory's results, or null when it is not found (or is another organisation's).</summary>
    public async Task<ResultsOutcome?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await HeadAsync(y => y.Id == id, cancellationToken) is not { } head)
        {
            return null;
        }

        return new(head, await ResultsAsync(head, cancellationToken));
    }

    /// <summary>The same organisation's inventory for the year before, with its results, or null when there is none.</summary>
    public async Task<ResultsOutcome?> PreviousYearAsync(InventoryHead head, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(head);
        var year = head.Year - 1;
        return await HeadAsync(y => y.Year == year, cancellationToken) is { } previous
            ? new(previous, await ResultsAsync(previous, cancellationToken))
            : null;
    }

    /// <summary>Results calculated now from the stored entries, ignoring any snapshot (used when locking).</summary>
    internal async Task<CachedResults> CalculateAsync(InventoryHead head, CancellationToken cancellationToken)
    {
        var (results, issues) = await ResultsCalculation.RunAsync(head.Id, head.FactorSetId, head.GwpSetId, db, library, cancellationToken);
        return new(results, results is null ? null : JsonSerializer.SerializeToUtf8Bytes(results, _json), issues, fromSnapshot: false, _json);
    }

    private async Task<CachedResults> ResultsAsync(InventoryHead head, CancellationToken cancellationToken)
    {
        if (cache.TryGet(head.Id, head.Revision, out var cached))
        {
            return cached!;
        }

        var results = head.LockedAt is not null && await SnapshotAsync(head.Id, cancellationToken) is { } snapshot
            ? snapshot
            : await CalculateAsync(head, cancellationToken);
        cache.Set(head.Id, head.Revision, results);
        return results;
    }

    private async Task<CachedResults?> SnapshotAsync(Guid id, CancellationToken cancellationToken)
    {
        var text = await db.ResultSnapshots.AsNoTracking().Where(s => s.InventoryYearId == id).Select(s => s.Json).SingleOrDefaultAsync(cancellationToken);
        if (text is null)
        {
            return null;
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return new(JsonSerializer.Deserialize<InventoryResults>(bytes, _json), bytes, [], fromSnapshot: true, _json);
    }

    private Task<InventoryHead?> HeadAsync(System.Linq.Expressions.Expression<Func<InventoryYear, bool>> which, CancellationToken cancellationToken) =>
        db.InventoryYears.AsNoTracking().Where(which)
            .Select(y => new InventoryHead(y.Id, y.Year, y.Revision, y.FactorSetId, y.GwpSetId, y.LockedAt, y.OutputQuantity, y.OutputUnit, y.RevenueNtd))
            .SingleOrDefaultAsync(cancellationToken);
}

/// <summary>What the results pages and the cache need of an inventory year, read in one small query.</summary>
public sealed record InventoryHead(
    Guid Id, int Year, Guid Revision, string FactorSetId, string GwpSetId, DateTimeOffset? LockedAt,
    decimal? OutputQuantity, string? OutputUnit, decimal? RevenueNtd);

/// <summary>An inventory's head and its results at the head's revision.</summary>
public sealed record ResultsOutcome(InventoryHead Inventory, CachedResults Results);
