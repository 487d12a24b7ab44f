using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Units;
using Tanpan.Web.Data;
using Tanpan.Web.Features.Inventories;
namespace Tanpan.Web.Features.Plans;

/// <summary>
/// Emissions of the organisation's inventories as plans and targets read them: the sources of the chosen scopes (and
/// facility, and materials), summed as CO₂e from the results service (so the same cache and rules as the results pages).
/// </summary>
public sealed class InventoryEmissions(AppDbContext db, InventoryResultsService results)
{
    /// <summary>The organisation's inventory heads, by year.</summary>
    public async Task<IReadOnlyList<InventoryHead>> HeadsAsync(CancellationToken cancellationToken) =>
        (await db.InventoryYears.AsNoTracking()
            .Select(y => new InventoryHead(y.Id, y.Year, y.Revision, y.FactorSetId, y.GwpSetId, y.LockedAt, y.OutputQuantity, y.OutputUnit, y.RevenueNtd))
            .ToListAsync(cancellationToken)).OrderBy(h => h.Year).ToList();

    /// <summary>The CO₂e of the sources matching the filters; null when the inventory's results cannot be calculated (an entry has an issue).</summary>
    public async Task<Co2e?> EmissionsAsync(InventoryHead head, IReadOnlyCollection<int> scopes, string? facility, IReadOnlyCollection<string>? materials,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(scopes);
        var cached = await results.ResultsAsync(head, cancellationToken);
        if (cached.Summary is not { } summary)
        {
            return null;
        }

        return Co2e.FromKilograms(summary.Sources
            .Where(s => scopes.Contains(s.Scope) && (facility is null || s.Facility == facility) && (materials is null || materials.Contains(s.MaterialKey)))
            .Sum(s => s.Kilograms));
    }
}
