using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Inventory;
using Tanpan.Web.Data;

namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// The structural-change half of the base-year recalculation rule (ISO 14064-1 6.4.1; the method-change half is the
/// recalculation preview): compares the facilities with emissions in this inventory and in the organisation's base
/// year. A facility with emissions in the base year and none now was removed (divested, closed, transferred out); one
/// with emissions now and none in the base year was added (acquired, transferred in). Their emissions as a share of
/// the base-year total, summed, above the threshold (<see cref="InventoriesApi.ThresholdSetting"/>, 5 % by default)
/// flag that the base year should be recalculated. A facility transferred under another name shows as one removal
/// and one addition.
/// </summary>
public sealed class BaseYearStructure(AppDbContext db, InventoryResultsService results, IConfiguration configuration)
{
    /// <summary>The check for an inventory, or null when it is not found (or is another organisation's).</summary>
    public async Task<StructuralChangeCheck?> CheckAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.InventoryYears.AsNoTracking().Where(y => y.Id == id).Select(y => new { y.Year, y.IsBaseYear })
                .SingleOrDefaultAsync(cancellationToken) is not { } year)
        {
            return null;
        }

        var threshold = configuration.GetValue<decimal?>(InventoriesApi.ThresholdSetting) ?? 5m;
        var baseYear = year.IsBaseYear ? null : await db.InventoryYears.AsNoTracking().Where(y => y.IsBaseYear && y.Id != id)
            .OrderBy(y => y.Year).Select(y => new { y.Id, y.Year }).FirstOrDefaultAsync(cancellationToken);
        if (baseYear is null)
        {
            return new(null, null, 0m, threshold, [], 0m, false);
        }

        var was = (await results.GetAsync(baseYear.Id, cancellationToken))?.Results.Summary;
        var now = (await results.GetAsync(id, cancellationToken))?.Results.Summary;
        if (was is null || now is null)
        {
            return new(baseYear.Id, baseYear.Year, was?.TotalKilograms ?? 0m, threshold, [], 0m, false); // not comparable yet: the results have issues
        }

        var before = Emitting(was.ByFacility);
        var after = Emitting(now.ByFacility);
        var changes = before.Where(f => !after.ContainsKey(f.Key)).Select(f => Change(f.Key, "removed", f.Value, was.TotalKilograms))
            .Concat(after.Where(f => !before.ContainsKey(f.Key)).Select(f => Change(f.Key, "added", f.Value, was.TotalKilograms)))
            .OrderByDescending(c => c.Kilograms).ThenBy(c => c.Facility, StringComparer.Ordinal).ToList();
        var share = changes.Sum(c => c.SharePercent);
        var required = was.TotalKilograms == 0 ? changes.Count > 0 : share > threshold;
        return new(baseYear.Id, baseYear.Year, was.TotalKilograms, threshold, changes, share, required);
    }

    private static Dictionary<string, decimal> Emitting(IEnumerable<ResultTotal> facilities) =>
        facilities.Where(f => f.Kilograms != 0).ToDictionary(f => f.Key, f => f.Kilograms, StringComparer.Ordinal);

    private static FacilityChange Change(string facility, string change, decimal kilograms, decimal baseTotal) =>
        new(facility, change, kilograms, baseTotal == 0 ? 100m : Math.Abs(kilograms) / baseTotal * 100m);
}
