namespace Tanpan.Core.Reduction;

/// <summary>
/// A measure evaluated for one year of operation, with everything used: savings per carrier and
/// CO₂e (t) with factor ids, cost saved (NT$ a year; null when a price is missing), investment and
/// subsidy (NT$), simple payback (years), NPV (NT$) and IRR (fraction; null = no IRR) over the lifetime.
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
    string Note)
{
    public decimal Co2eT => Savings.Sum(s => s.Co2eT);

    public decimal NetInvestmentNtd => InvestmentNtd - SubsidyNtd;
}
