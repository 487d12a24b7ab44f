using Tanpan.Core.CarbonFee;
using Tanpan.Core.Factors;
using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction.Planning;

/// <summary>
/// The carbon fee of one pathway year: without the plan (business-as-usual scope 1 + 2 at the general rate) and with
/// it (the plan's emissions at the general rate and at preferential rates A and B, which need an approved voluntary
/// reduction plan). An estimate is null when the fee rules give none for the year (<see cref="Problems"/> say why).
/// </summary>
public sealed record FeeOutlookYear(
    int Year, Co2e WithoutPlanEmissions, Co2e WithPlanEmissions,
    CarbonFeeEstimate? WithoutPlan, CarbonFeeEstimate? WithPlanGeneral, CarbonFeeEstimate? WithPlanA, CarbonFeeEstimate? WithPlanB,
    IReadOnlyList<Problem> Problems)
{
    /// <summary>NT$ saved by the plan at the general rate (null when either estimate is missing).</summary>
    public decimal? SavedAtGeneralNtd => WithoutPlan?.Fee.BaseValue - WithPlanGeneral?.Fee.BaseValue;
}
