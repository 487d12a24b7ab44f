using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;
using Tanpan.Web.Data;

namespace Tanpan.Web.Features.Inventories;

public static partial class InventoriesApi
{
    /// <summary>
    /// Runs Core's calculation over the stored entries with the inventory's pinned factor and GWP sets.
    /// Any entry that cannot be calculated makes it 422 with every such entry listed (no partial total).
    /// </summary>
    public static async Task<Results<Ok<InventoryResults>, ProblemHttpResult>> GetResultsAsync(
        Guid id, AppDbContext db, FactorLibrary library, CancellationToken cancellationToken)
    {
        if (await db.InventoryYears.AsNoTracking().SingleOrDefaultAsync(y => y.Id == id, cancellationToken) is not { } year)
        {
            return InventoryProblems.NotFound();
        }

        var sources = await db.EmissionSources.AsNoTracking().Where(s => s.InventoryYearId == id).ToDictionaryAsync(s => s.Id, cancellationToken);
        var facilities = await db.Facilities.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
        var entries = await db.ActivityEntries.AsNoTracking().Where(a => a.InventoryYearId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var records = new InventoryRecords(entries, sources, facilities);

        var outcome = InventoryCalculation.Run(records.Records, new InventoryOptions(year.FactorSetId, year.GwpSetId), library);
        if (outcome.Result is not { } result)
        {
            var issues = outcome.Issues.Select(i => new EntryIssue(records.EntryAt(i.Line)?.Id, i.Column, i.MessageZh, i.MessageEn)).ToList();
            return TypedResults.Problem(
                title: "部分活動數據無法計算，請修正下列項目。",
                detail: "Some activity entries cannot be calculated; correct the entries listed in 'issues'.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["issues"] = issues });
        }

        return TypedResults.Ok(Results(result, records));
    }

    private static InventoryResults Results(InventoryResult r, InventoryRecords records) => new(
        r.FactorSetId, r.FactorSetVersion, r.GwpSetId, r.Total.Kilograms, r.Total.Tonnes,
        Totals(r.ByScope.OrderBy(x => x.Key).Select(x => (Key(x.Key), x.Value))),
        Totals(r.ByCategory.OrderBy(x => x.Key).Select(x => (Key(x.Key), x.Value))),
        Totals(r.ByGas.OrderBy(x => x.Key).Select(x => (x.Key.ToString(), x.Value))),
        Totals(r.ByFacility.Select(x => (x.Key, x.Value))),
        Totals(r.ByMonth.OrderBy(x => x.Key).Select(x => (Key(x.Key), x.Value))),
        [.. r.TopSources.Select(s => new TopSource(s.Facility, s.Source, s.MaterialKey, s.MaterialName, SourceTypes.Key(s.SourceType), s.Total.Kilograms))],
        [.. r.Rows.Select(row => Trace(row, records.EntryAt(row.Row.Line)!))]);

    private static RowTrace Trace(RowResult row, Data.Entities.ActivityEntry entry) => new(
        entry.Id, entry.EmissionSourceId, row.Factor.Id, row.Factor.SetId, row.Factor.SetVersion, row.GwpSetId,
        row.ConvertedAmount, row.ConvertedUnit.Key, row.Equipment?.Key,
        [.. row.Gases.Select(g => new GasTrace(g.Species, g.Kilograms, g.Gwp, g.Co2e.Kilograms))], row.Total.Kilograms);

    private static List<ResultTotal> Totals(IEnumerable<(string Key, Co2e Value)> totals) =>
        [.. totals.Select(t => new ResultTotal(t.Key, t.Value.Kilograms))];

    private static string Key(int value) => value.ToString(CultureInfo.InvariantCulture);
}
