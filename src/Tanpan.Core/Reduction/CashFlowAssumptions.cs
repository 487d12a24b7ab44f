namespace Tanpan.Core.Reduction;

/// <summary>
/// What makes a measure's yearly cash flows uneven (all optional; the defaults give the level flows of
/// <see cref="Finance.Flows"/>): running and maintenance cost (NT$ a year, ≥ 0); performance degradation (fraction of
/// the energy saving lost per year of age, 0 ≤ d &lt; 1); energy-price escalation (fraction a year, −0.5 ≤ e ≤ 1); a
/// mid-life replacement in year <see cref="ReplacementYear"/> (1 … lifetime − 1) costing <see cref="ReplacementCostNtd"/>,
/// after which the degradation starts again from new; a residual value (NT$) received at the end of the last year; and the
/// reinvestment rate for MIRR (fraction a year; the discount rate when <see langword="null"/>).
/// </summary>
public sealed record CashFlowAssumptions(
    decimal RunningCostNtd = 0m,
    decimal DegradationPerYear = 0m,
    decimal EscalationPerYear = 0m,
    int? ReplacementYear = null,
    decimal ReplacementCostNtd = 0m,
    decimal ResidualValueNtd = 0m,
    decimal? ReinvestRate = null)
{
    /// <summary>No assumption given: the flows are level and the result is the same as without assumptions.</summary>
    public static CashFlowAssumptions Level { get; } = new();

    public bool IsLevel => this == Level;

    /// <summary>
    /// The flows: year 0 = −<paramref name="netInvestment"/>; year t (1 … <paramref name="years"/>) = energy cost saved ×
    /// (1 + e)^(t−1) × (1 − d)^(age) + <paramref name="otherSavings"/> − running cost − the replacement in its year + the
    /// residual value in the last year, where age = t − 1, or t − 1 − k after a replacement in year k.
    /// </summary>
    public IReadOnlyList<decimal> Flows(decimal netInvestment, decimal energyCostSaved, decimal otherSavings, int years)
    {
        var flows = new decimal[years + 1];
        flows[0] = -netInvestment;
        var price = 1m;
        for (var t = 1; t <= years; t++)
        {
            var age = ReplacementYear is { } k && t > k ? t - 1 - k : t - 1;
            var performance = Power(1m - DegradationPerYear, age);
            flows[t] = energyCostSaved * price * performance + otherSavings - RunningCostNtd
                - (t == ReplacementYear ? ReplacementCostNtd : 0m) + (t == years ? ResidualValueNtd : 0m);
            price *= 1m + EscalationPerYear;
        }

        return flows;
    }

    private static decimal Power(decimal x, int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= x;
        }

        return result;
    }
}
