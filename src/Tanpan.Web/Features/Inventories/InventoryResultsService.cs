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
    public async Task<ResultsOutcome?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await HeadAsync(id, cancellationToken) is { } head ? new(head, await ResultsAsync(head, cancellationToken)) : null;

    /// <summary>
    /// The inventory's head (revision, lock, intensity inputs) in one small query, or null when it is not found (or is
    /// another organisation's); with <see cref="ResultsAsync"/> for the results, for callers that may answer without them
    /// (a 304, a 404).
    /// </summary>
    public Task<InventoryHead?> HeadAsync(Guid id, CancellationToken cancellationToken) => HeadQuery.For(db)(db, id, cancellationToken);

    /// <summary>
    /// <see cref="HeadAsync"/>'s query, compiled (the results API runs it on every request); the tenant filter still
    /// applies (EF Core reads it from the context passed in).
    /// </summary>
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, CancellationToken, Task<InventoryHead?>>> HeadQuery = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid id, CancellationToken ct) => db.InventoryYears.AsNoTracking().Where(y => y.Id == id)
            .Select(y => new InventoryHead(y.Id, y.Year, y.Revision, y.FactorSetId, y.GwpSetId, y.LockedAt, y.OutputQuantity, y.OutputUnit, y.RevenueNtd))
            .SingleOrDefault()));

    /// <summary>
    /// The inventory's results and, when <paramref name="withPreviousYear"/>, the same organisation's inventory for the
    /// year before with its results (null when there is none): two compiled lookups by key. Null when the inventory is not
    /// found (or is another organisation's).
    /// </summary>
    public async Task<(ResultsOutcome Outcome, ResultsOutcome? Previous)?> GetWithPreviousYearAsync(
        Guid id, bool withPreviousYear, CancellationToken cancellationToken)
    {
        if (!withPreviousYear)
        {
            return await GetAsync(id, cancellationToken) is { } only ? (only, null) : null;
        }

        // Two compiled lookups by key — the inventory by id, the year before by (organisation, year) — instead of one
        // query with an OR over a subquery, which SQLite had to prepare and plan on every request.
        if (await HeadAsync(id, cancellationToken) is not { } head)
        {
            return null;
        }

        var outcome = new ResultsOutcome(head, await ResultsAsync(head, cancellationToken));
        return await YearQuery.For(db)(db, head.Year - 1, cancellationToken) is { } previous
            ? (outcome, new ResultsOutcome(previous, await ResultsAsync(previous, cancellationToken)))
            : (outcome, null);
    }

    /// <summary>Results calculated now from the stored entries, ignoring any snapshot (used when locking).</summary>
    internal async Task<CachedResults> CalculateAsync(InventoryHead head, CancellationToken cancellationToken)
    {
        var (results, issues) = await ResultsCalculation.RunAsync(head.Id, head.FactorSetId, head.GwpSetId, db, library, cancellationToken);
        InventoryResults? partial = null;
        if (results is null && issues.Count > 0 && issues.All(i => i.EntryId is not null))
        {
            // The other entries' figures for the results page; the entries listed in the issues are left out.
            (partial, _) = await ResultsCalculation.RunAsync(head.Id, head.FactorSetId, head.GwpSetId, db, library, cancellationToken,
                issues.Select(i => i.EntryId!.Value).ToHashSet());
        }

        return new(results, issues, fromSnapshot: false, _json) { Partial = partial is { Rows.Count: > 0 } ? partial with { Rows = [] } : null };
    }

    /// <summary>The results at <paramref name="head"/>'s revision: from the cache, else the snapshot of a locked inventory or a new calculation.</summary>
    public async Task<CachedResults> ResultsAsync(InventoryHead head, CancellationToken cancellationToken)
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

        return new(JsonSerializer.Deserialize<InventoryResults>(text, _json), [], fromSnapshot: true, _json);
    }

    /// <summary>The organisation's inventory of a year (unique per organisation), compiled; the tenant filter applies.</summary>
    private static readonly CompiledPerModel<Func<AppDbContext, int, CancellationToken, Task<InventoryHead?>>> YearQuery = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int year, CancellationToken ct) => db.InventoryYears.AsNoTracking().Where(y => y.Year == year)
            .Select(y => new InventoryHead(y.Id, y.Year, y.Revision, y.FactorSetId, y.GwpSetId, y.LockedAt, y.OutputQuantity, y.OutputUnit, y.RevenueNtd))
            .SingleOrDefault()));
}

/// <summary>What the results pages and the cache need of an inventory year, read in one small query.</summary>
public sealed record InventoryHead(
    Guid Id, int Year, Guid Revision, string FactorSetId, string GwpSetId, DateTimeOffset? LockedAt,
    decimal? OutputQuantity, string? OutputUnit, decimal? RevenueNtd);

/// <summary>An inventory's head and its results at the head's revision.</summary>
public sealed record ResultsOutcome(InventoryHead Inventory, CachedResults Results);
