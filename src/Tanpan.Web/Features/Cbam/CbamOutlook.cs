using Tanpan.Core.Cbam;
using Tanpan.Core.CarbonFee;
using Tanpan.Core.Units;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Cbam;

/// <summary>
/// A good's cost outlook 2026–2034 (Core's <see cref="CbamCostCalculator"/>) with the carbon price paid in Taiwan as Tanpan
/// computes it: the carbon fee of the installation's facility for the reporting year (碳費收費辦法, general rate, its
/// category 1 + 2 emissions) allocated to the exported goods by their share of those emissions (exported t × actual SEE ÷
/// facility emissions, at most all of it), in EUR at the user's exchange rate. A fee the user types replaces the computed one.
/// </summary>
public static class CbamOutlook
{
    /// <param name="feeNtd">The fee typed by the user for the facility (NT$), or null to use Tanpan's estimate.</param>
    /// <param name="ntdPerEur">NT$ per EUR; without it no carbon price is deducted (none is shipped or fetched).</param>
    public static OutlookResult Build(CbamGood good, GoodFigures figures, InventoryBasis? inventory, Guid facilityId, IReadOnlyList<CbamPriceScenario> scenarios,
        decimal? ntdPerEur, decimal? feeNtd, decimal? benchmark, string? benchmarkSource)
    {
        ArgumentNullException.ThrowIfNull(good);
        ArgumentNullException.ThrowIfNull(figures);
        var facilityT = inventory is null ? 0m : inventory.Direct(facilityId) + inventory.Indirect(facilityId);
        decimal? estimateNtd = null;
        if (inventory is not null && CarbonFeeCalculator.Estimate(facilityT, CarbonFeeRate.General, false, Math.Max(good.Year, 2025)).Estimate is { } fee)
        {
            estimateNtd = fee.Fee.In(Units.NewTaiwanDollar);
        }

        var facilityFee = feeNtd ?? estimateNtd ?? 0m;
        var see = figures.See?.SeeTotal;
        var share = see is { } s && facilityT > 0m ? Math.Min(1m, good.ExportedT * s / facilityT) : 0m;
        var allocatedNtd = facilityFee * share;
        var paidEur = ntdPerEur is > 0m ? CbamCarbonPrice.FromNtd(allocatedNtd, ntdPerEur.Value) : 0m;
        var input = new CbamCostInput(CnCode.Parse(good.CnCode), good.ExportedT, scenarios)
        {
            ActualSee = see, CarbonPricePaidEur = paidEur, BenchmarkTPerT = benchmark, BenchmarkSource = benchmarkSource,
        };
        return new OutlookResult(CbamCostCalculator.Calculate(input), estimateNtd, facilityFee, facilityT, share, allocatedNtd, paidEur);
    }
}

/// <summary>The outlook with how the deducted carbon price was found: the facility's fee (estimated and used), its emissions, the exported share, NT$ and EUR.</summary>
public sealed record OutlookResult(CbamCostOutlook Outlook, decimal? EstimatedFeeNtd, decimal FacilityFeeNtd, decimal FacilityT, decimal ExportShare,
    decimal AllocatedNtd, decimal PaidEur);
