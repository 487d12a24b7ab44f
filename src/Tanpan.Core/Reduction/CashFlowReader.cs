namespace Tanpan.Core.Reduction;

/// <summary>Reads <see cref="MeasureCalculator.CashFlowParameters"/> from a measure's inputs, every bad value a problem.</summary>
internal static class CashFlowReader
{
    public static CashFlowAssumptions Read(MeasureInputs inputs, MeasureOptions options)
    {
        var running = inputs.Number("running-cost", false) ?? 0m;
        var degradation = inputs.Number("degradation", false, 0m, 0.99m) ?? 0m;
        var escalation = inputs.Number("escalation", false, -0.5m, 1m) ?? 0m;
        var yearText = inputs.Text("replacement-year");
        var year = inputs.Number("replacement-year", false, 1m, Math.Max(1m, options.LifetimeYears - 1));
        var replacementCost = inputs.Number("replacement-cost", false);
        if (year is { } y && y != decimal.Truncate(y))
        {
            inputs.Fail("replacement-year", $"--replacement-year 須為整數年（收到 {yearText}）", $"--replacement-year must be a whole year (got {yearText})");
        }

        if (yearText is not null && options.LifetimeYears < 2)
        {
            inputs.Fail("replacement-year", "使用年限至少 2 年才能有中期汰換", "a mid-life replacement needs a lifetime of at least 2 years");
        }

        if ((yearText is null) != (inputs.Text("replacement-cost") is null))
        {
            inputs.Fail("replacement-cost", "--replacement-year 與 --replacement-cost 須一起給", "give --replacement-year and --replacement-cost together");
        }

        var residual = inputs.Number("residual-value", false) ?? 0m;
        var reinvest = inputs.Number("reinvest-rate", false, 0m, 0.99m);
        return new CashFlowAssumptions(running, degradation, escalation, year is { } r ? (int)r : null, replacementCost ?? 0m, residual, reinvest);
    }
}
