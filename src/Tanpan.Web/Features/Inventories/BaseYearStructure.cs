using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Inventory;
using Tanpan.Web.Data;

namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// The structural-change check of an inventory against the organisation's base year: reads both years' results per
/// facility and the threshold (<see cref="InventoriesApi.ThresholdSetting"/>, 5 % by default) and applies the rule,
/// which is Core's (<see cref="BaseYearStructureRule"/>); the method-change half is the recalculation preview.
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

        return BaseYearStructureRule.Compare(baseYear.Id, baseYear.Year, was.TotalKilograms,
            was.ByFacility.Select(f => KeyValuePair.Create(f.Key, f.Kilograms)), now.ByFacility.Select(f => KeyValuePair.Create(f.Key, f.Kilograms)), threshold);
    }
}
