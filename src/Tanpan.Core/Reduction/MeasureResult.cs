using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction;

/// <summary>
/// A measure evaluated for one year of operation, with everything used: savings per carrier and
/// CO₂e (t) with factor ids, cost saved (NT$ a year; null when a price is missing), investment and
/// subsidy (NT$), simple payback (years), NPV (NT$) and IRR (fraction; null = none or several, see
/// <see cref="IrrAnalysis"/>) over the lifetime; with <see cref="CashFlowAssumptions"/> also the yearly
/// <see cref="Flows"/> (NT$, index 0 = now), discounted payback (years) and MIRR (fraction).
/// Amounts are exact; round for display only.
/// </summary>
public sealed record MeasureResult(
    string Kind,
    MeasureOptions Options,
    int GridYear,
    IReadOnlyList<CarrierSaving> Savings,
    decimal OtherCostSavingsNtd,
    decimal? CostSavedNtd,
    IReadOnlyList<Carrier> MissingPrices,
    decimal InvestmentNtd,
    decimal SubsidyNtd,
    decimal? PaybackYears,
    decimal? NpvNtd,
    decimal? Irr,
    string Note,
    CashFlowAssumptions? CashFlows = null,
    IReadOnlyList<decimal>? Flows = null,
    IrrAnalysis? IrrAnalysis = null,
    decimal? DiscountedPaybackYears = null,
    decimal? Mirr = null)
{
    /// <summary>The CO₂e avoided a year: the sum of the carriers' savings.</summary>
    public Co2e Co2e => Savings.Aggregate(Co2e.Zero, (sum, s) => sum + s.Co2e);

    public decimal NetInvestmentNtd => InvestmentNtd - SubsidyNtd;
}
