namespace Tanpan.Core.Cbam;

/// <summary>
/// One year of the outlook: the schedules of that year, the default case (always) and the actual case (when an actual
/// SEE was given), side by side, with the trace of every figure. <see cref="SavingEur"/> = default cost − actual cost per scenario.
/// </summary>
public sealed record CbamCostYear(
    int Year,
    decimal MarkupPercent,
    decimal CbamFactorPercent,
    CbamCostCase Default,
    CbamCostCase? Actual,
    IReadOnlyList<CbamTraceLine> Trace)
{
    public decimal PayableSharePercent => 100m - CbamFactorPercent;

    /// <summary>What actual data saves against defaults, per scenario (EUR; negative when the actual SEE is higher); empty without an actual SEE.</summary>
    public IReadOnlyList<(string Scenario, decimal SavingEur)> SavingEur =>
        Actual is null ? [] : Default.Costs.Zip(Actual.Costs, (d, a) => (d.Scenario, d.CostEur - a.CostEur)).ToList();

    /// <summary>Certificates avoided by using actual data (default − actual), or null.</summary>
    public decimal? CertificatesSaved => Actual is null ? null : Default.Certificates - Actual.Certificates;
}
