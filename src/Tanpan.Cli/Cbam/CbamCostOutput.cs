using Tanpan.Core.Cbam;

namespace Tanpan.Cli.Cbam;

/// <summary>
/// The JSON form of <c>tanpan cbam cost</c> for one year, exact (unrounded) figures: the default with its mark-up, the SEE
/// used (actual when <c>--see</c> was given, else the marked-up default), embedded t CO₂e, CBAM factor (a fraction:
/// 0.975 in 2026), the free-allocation adjustment and whether it is the labelled approximation, certificates, and EUR
/// (null without <c>--certificate-price</c>). With <c>--see</c>, <see cref="Default"/> repeats the default case and
/// <see cref="SavingEur"/> is what actual data saves.
/// </summary>
internal sealed record CbamCostOutput(
    string CnCode,
    string Origin,
    int Year,
    decimal Tonnes,
    decimal DefaultSeeTPerT,
    decimal MarkupPct,
    bool DefaultIsFallback,
    string DefaultSource,
    string SeeBasis,
    decimal SeeTPerT,
    decimal EmbeddedTCo2e,
    decimal CbamFactor,
    decimal PayableSharePct,
    decimal FreeAllocationAdjustmentTCo2e,
    bool Approximation,
    string? ApproximationNote,
    decimal Certificates,
    decimal? CertificatePriceEur,
    decimal? GrossCostEur,
    decimal CarbonPricePaidEur,
    decimal? CostEur,
    CbamCostOutput.DefaultCase? Default,
    decimal? SavingEur)
{
    public static CbamCostOutput From(CbamCostOutlook outlook, int year)
    {
        var y = outlook.For(year);
        var used = y.Actual ?? y.Default;
        var cost = used.Costs.Count > 0 ? used.Costs[0] : null;
        return new(outlook.Input.CnCode.ToString(), outlook.Default.Origin, year, Exact.Of(outlook.Input.Tonnes),
            Exact.Of(y.Default.SeeTPerT), Exact.Of(y.MarkupPercent), outlook.Default.IsFallback, outlook.Default.SourceEn,
            y.Actual is null ? "default" : "actual", Exact.Of(used.SeeTPerT), Exact.Of(used.EmbeddedTCo2e),
            Exact.Of(y.CbamFactorPercent / 100m), Exact.Of(y.PayableSharePercent), Exact.Of(used.FreeAllocationAdjustmentTCo2e),
            outlook.IsApproximation, outlook.IsApproximation ? CbamCostOutlook.ApproximationNoteEn : null,
            Exact.Of(used.Certificates), cost is null ? null : Exact.Of(cost.PriceEur), cost is null ? null : Exact.Of(cost.GrossEur),
            Exact.Of(outlook.Input.CarbonPricePaidEur), cost is null ? null : Exact.Of(cost.CostEur),
            y.Actual is null ? null : DefaultCase.From(y.Default),
            y.SavingEur.Count > 0 ? Exact.Of(y.SavingEur[0].SavingEur) : null);
    }

    /// <summary>The default case beside an actual one.</summary>
    internal sealed record DefaultCase(decimal SeeTPerT, decimal EmbeddedTCo2e, decimal Certificates, decimal? CostEur)
    {
        public static DefaultCase From(CbamCostCase c) =>
            new(Exact.Of(c.SeeTPerT), Exact.Of(c.EmbeddedTCo2e), Exact.Of(c.Certificates), c.Costs.Count > 0 ? Exact.Of(c.Costs[0].CostEur) : null);
    }
}
