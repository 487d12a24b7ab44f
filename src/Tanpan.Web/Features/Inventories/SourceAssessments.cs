using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Quality;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// Each source's R, C, P as used, by the one rule (<see cref="SignificanceRule.Assess"/>): the organisation's scores where it
/// gave them, else derived from the inventory's current results (the source's share of the total: the results service's
/// figures, cached per revision, or the figures of the entries that can be calculated when some cannot) and from the
/// data-source methods of its entries (the worst one, as sheet 4 grades it). Not stored: a new entry or factor changes
/// them on the next read. The source form, the sources page, the summary and the 清冊 sheet 2.1 all read them here.
/// </summary>
public static class SourceAssessments
{
    public static async Task<Dictionary<Guid, SignificanceScores>> ForAsync(
        Guid inventoryId, IReadOnlyCollection<EmissionSource> sources, AppDbContext db, InventoryResultsService results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(results);
        var outcome = await results.GetAsync(inventoryId, cancellationToken);
        var figures = outcome?.Results.Summary ?? outcome?.Results.Partial;
        var kilograms = figures?.Sources.ToDictionary(s => s.SourceId, s => s.Kilograms) ?? [];
        var total = Co2e.FromKilograms(figures?.TotalKilograms ?? 0m);
        var entries = db.ActivityEntries.AsNoTracking().Where(a => a.InventoryYearId == inventoryId);
        if (sources.Count == 1)
        {
            var only = sources.First().Id;
            entries = entries.Where(a => a.EmissionSourceId == only);
        }

        var methods = (await entries.Select(a => new { a.EmissionSourceId, a.DataSourceMethod }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(a => a.EmissionSourceId, a => a.DataSourceMethod);
        return sources.ToDictionary(s => s.Id, s => SignificanceRule.Assess(
            s.Category, s.SignificanceR, s.SignificanceC, s.SignificanceP,
            Co2e.FromKilograms(kilograms.GetValueOrDefault(s.Id)), total, DataSourceMethods.Worst(methods[s.Id])));
    }

    /// <summary>The API's form of <paramref name="scores"/>.</summary>
    public static SignificanceAssessment ToResponse(SignificanceScores scores) => new(
        scores.R, scores.C, scores.P, scores.Score,
        [.. new[] { SignificanceFactors.R, SignificanceFactors.C, SignificanceFactors.P }.Where(f => scores.Derived.HasFlag(f)).Select(f => f.ToString())]);
}
