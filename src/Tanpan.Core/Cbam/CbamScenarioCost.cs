namespace Tanpan.Core.Cbam;

/// <summary>
/// One price scenario's cost for one case (actual or default) and year, EUR, exact: gross = certificates × price;
/// deduction = min(carbon price paid, gross) (Reg. 2023/956 Art. 9: never more than what is due); cost = gross − deduction ≥ 0.
/// </summary>
public sealed record CbamScenarioCost(string Scenario, decimal PriceEur, decimal GrossEur, decimal DeductionEur)
{
    public decimal CostEur => GrossEur - DeductionEur;
}
