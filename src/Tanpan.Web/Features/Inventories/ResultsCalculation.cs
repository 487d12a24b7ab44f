using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// Stored entries → <see cref="InventoryRecords"/> → <c>InventoryCalculation.Run</c> with the inventory's pinned
/// sets (the CLI's path, decision 0007) → <see cref="InventoryResults"/>, or the issues of the entries that cannot
/// be calculated.
/// </summary>
internal static class ResultsCalculation
{
    /// <param name="excluded">Entries left out (the ones that cannot be calculated, for the page's partial figures).</param>
    public static async Task<(InventoryResults? Results, IReadOnlyList<EntryIssue> Issues)> RunAsync(
        Guid id, string factorSetId, string gwpSetId, AppDbContext db, FactorLibrary library, CancellationToken cancellationToken,
        IReadOnlySet<Guid>? excluded = null)
    {
        var (sources, facilities, entries) = await LoadAsync(id, db, cancellationToken);
        if (excluded is { Count: > 0 })
        {
            entries.RemoveAll(e => excluded.Contains(e.Id));
        }

        var run = Run(entries, sources, facilities, factorSetId, gwpSetId, library);
        return run.Result is { } result ? (Results(result, run.Records, sources, facilities), []) : (null, run.Issues);
    }

    /// <summary>
    /// Core's result with every row's trace (for the documents), from entries, sources and facilities already loaded
    /// (<see cref="LoadAsync"/>), or the issues of the entries that cannot be calculated.
    /// </summary>
    public static CoreRun Run(
        IReadOnlyList<ActivityEntry> entries, Dictionary<Guid, EmissionSource> sources, Dictionary<Guid, string> facilities,
        string factorSetId, string gwpSetId, FactorLibrary library)
    {
        var records = new InventoryRecords(entries, sources, facilities);
        // The one "empty" rule of stored inventories: no activity data yet is a total of zero (the reading reminder
        // lists what is missing), not the CLI's "the file has no rows", so an empty inventory has results and
        // documents and can be submitted as it is.
        var outcome = InventoryCalculation.Run(records.Records, new InventoryOptions(factorSetId, gwpSetId) { AllowEmpty = true }, library);
        return new(outcome.Result, records, [.. outcome.Issues.Select(i => records.EntryAt(i.Line) is { } entry
            ? new EntryIssue(entry.Id, entry.EmissionSourceId, i.Column, i.MessageZh, i.MessageEn,
                SourceName(sources.GetValueOrDefault(entry.EmissionSourceId), facilities, library), ActivityPeriod.Of(entry.Year, entry.Month).ToString())
            : new EntryIssue(null, null, i.Column, i.MessageZh, i.MessageEn))]);
    }

    /// <summary>"facility · process" (else equipment, else the material's name), as the user named the source.</summary>
    private static string? SourceName(EmissionSource? source, Dictionary<Guid, string> facilities, FactorLibrary library) =>
        source is null ? null
            : $"{facilities.GetValueOrDefault(source.FacilityId)} · {source.Process ?? source.Equipment ?? library.Materials.FindByKey(source.MaterialKey)?.NameZh ?? source.MaterialKey}";

    /// <summary>An inventory's sources, the organisation's facility names and the inventory's entries (in id order, as the results use them).</summary>
    public static async Task<(Dictionary<Guid, EmissionSource> Sources, Dictionary<Guid, string> Facilities, List<ActivityEntry> Entries)> LoadAsync(
        Guid id, AppDbContext db, CancellationToken cancellationToken)
    {
        var sources = await db.EmissionSources.AsNoTracking().Where(s => s.InventoryYearId == id).ToDictionaryAsync(s => s.Id, cancellationToken);
        var facilities = await db.Facilities.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
        var entries = await db.ActivityEntries.AsNoTracking().Where(a => a.InventoryYearId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return (sources, facilities, entries);
    }

    private static InventoryResults Results(
        InventoryResult r, InventoryRecords records, Dictionary<Guid, EmissionSource> sources, Dictionary<Guid, string> facilities)
    {
        var rows = r.Rows.Select(row => Trace(row, records.EntryAt(row.Row.Line)!)).ToList();
        return new(
            r.FactorSetId, r.FactorSetVersion, r.GwpSetId, r.Total.Kilograms, r.Total.Tonnes,
            Totals(r.ByScope.OrderBy(x => x.Key).Select(x => (Key(x.Key), x.Value))),
            Totals(r.ByCategory.OrderBy(x => x.Key).Select(x => (Key(x.Key), x.Value))),
            Totals(r.ByGas.OrderBy(x => x.Key).Select(x => (x.Key.ToString(), x.Value))),
            Totals(r.ByFacility.Select(x => (x.Key, x.Value))),
            Totals(r.ByMonth.OrderBy(x => x.Key).Select(x => (Key(x.Key), x.Value))),
            [.. r.TopSources.Select(s => new TopSource(s.Facility, s.Source, s.MaterialKey, s.MaterialName, SourceTypes.Key(s.SourceType), s.Total.Kilograms))],
            rows,
            SourceResults(r.Rows, records, sources, facilities),
            [.. r.Rows.Select(row => row.Factor).DistinctBy(f => f.Id).OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => new FactorTrace(
                f.Id, f.SetId, f.SetVersion, f.Unit.Key, f.IsCo2e, f.Origin.ToString(), f.Source, f.Year))]);
    }

    /// <summary>Per register row, largest first (ties by id, so the order is stable).</summary>
    private static List<SourceResult> SourceResults(
        IReadOnlyList<RowResult> rows, InventoryRecords records, Dictionary<Guid, EmissionSource> sources, Dictionary<Guid, string> facilities) =>
        [.. rows.GroupBy(row => records.EntryAt(row.Row.Line)!.EmissionSourceId)
            .Select(g =>
            {
                var source = sources[g.Key];
                var first = g.First();
                return new SourceResult(
                    source.Id, facilities[source.FacilityId], source.Process, source.Equipment, source.MaterialKey, first.Row.Material.NameZh,
                    SourceTypes.Key(source.SourceType), first.Scope, first.Category, g.Sum(x => x.Total.Kilograms));
            })
            .OrderByDescending(s => s.Kilograms).ThenBy(s => s.SourceId)];

    private static RowTrace Trace(RowResult row, ActivityEntry entry) => new(
        entry.Id, entry.EmissionSourceId, row.Factor.Id, row.Factor.SetId, row.Factor.SetVersion, row.GwpSetId,
        row.ConvertedAmount, row.ConvertedUnit.Key, row.Equipment?.Key,
        [.. row.Gases.Select(g => new GasTrace(g.Species, g.KgPerUnit, g.Kilograms, g.Gwp, g.Co2e.Kilograms))], row.Total.Kilograms,
        row.Scope, row.Category, row.Row.Facility, entry.Year, entry.Month, entry.Amount, entry.Unit);

    private static List<ResultTotal> Totals(IEnumerable<(string Key, Co2e Value)> totals) =>
        [.. totals.Select(t => new ResultTotal(t.Key, t.Value.Kilograms))];

    private static string Key(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Core's calculation over stored entries: the result (null when some entry cannot be calculated), the entries as file lines, the issues.</summary>
internal sealed record CoreRun(InventoryResult? Result, InventoryRecords Records, IReadOnlyList<EntryIssue> Issues);
