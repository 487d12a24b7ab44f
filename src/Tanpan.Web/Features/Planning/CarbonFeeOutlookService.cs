using Tanpan.Core.CarbonFee;
using Tanpan.Web.Data;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Roles;

namespace Tanpan.Web.Features.Planning;

/// <summary>
/// The carbon-fee outlook for the pages, the API and plans (with and without a plan): Core's
/// <see cref="CarbonFeeCalculator"/> with the shipped versioned parameters (<c>data/carbon-fee</c>), per year, and an
/// inventory's scope 1 + 2 tonnes from its results. One implementation of the fee rule for the whole app.
/// </summary>
public sealed class CarbonFeeOutlookService(InventoryResultsService results, TenantContext tenant, AppDbContext db)
{
    /// <summary>The parameters every estimate uses (the shipped version).</summary>
    public CarbonFeeParameters Parameters { get; } = CarbonFeeParameters.Shipped;

    /// <summary>
    /// The fee of each year of <paramref name="scopeOneTwoTonnesByYear"/> (year → the plant's scope 1 + 2 emissions,
    /// t CO₂e), in year order, at <paramref name="rate"/>, with or without the high-leakage adjustment, deducting up to
    /// <paramref name="offsetsTPerYear"/> t of domestic credits each year (capped by the rules). A year the rules do not
    /// cover (before the first fee year, or high leakage outside a known period) carries its problems and no estimate;
    /// the other years are still estimated.
    /// </summary>
    public CarbonFeeOutlook Outlook(
        IReadOnlyDictionary<int, decimal> scopeOneTwoTonnesByYear, CarbonFeeRate rate, bool highLeakage, decimal offsetsTPerYear = 0m)
    {
        ArgumentNullException.ThrowIfNull(scopeOneTwoTonnesByYear);
        var years = scopeOneTwoTonnesByYear.OrderBy(y => y.Key)
            .Select(y => new CarbonFeeYear(y.Key, y.Value, Estimate(y.Value, y.Key, rate, highLeakage, offsetsTPerYear)))
            .ToList();
        return new CarbonFeeOutlook(Parameters.Version, rate, highLeakage, offsetsTPerYear, years);
    }

    /// <summary>The fee for one year's scope 1 + 2 emissions (t CO₂e): an estimate, or the problems with the input.</summary>
    public CarbonFeeOutcome Estimate(decimal scopeOneTwoTonnes, int year, CarbonFeeRate rate, bool highLeakage, decimal offsetsT = 0m) =>
        CarbonFeeCalculator.Estimate(scopeOneTwoTonnes, rate, highLeakage, year, offsetsT, Parameters);

    /// <summary>
    /// An inventory's year and scope 1 + 2 emissions in t CO₂e (exact), from its results; null when the inventory is not
    /// found (or is another organisation's, or out of a verifier's scope). <see cref="InventoryTonnes.Issues"/> is non-empty (and the tonnes 0) when
    /// some entry cannot be calculated.
    /// </summary>
    public async Task<InventoryTonnes?> ScopeOneTwoTonnesAsync(Guid inventoryId, CancellationToken cancellationToken)
    {
        if ((await VerifierScope.LimitAsync(tenant, db, cancellationToken) is Guid only && only != inventoryId)
            || await results.GetAsync(inventoryId, cancellationToken) is not { } outcome)
        {
            return null;
        }

        var summary = outcome.Results.Summary;
        var kilograms = summary?.ByScope.Where(s => s.Key is "1" or "2").Sum(s => s.Kilograms) ?? 0m;
        return new InventoryTonnes(outcome.Inventory.Id, outcome.Inventory.Year, kilograms / 1000m, outcome.Results.Issues);
    }
}
