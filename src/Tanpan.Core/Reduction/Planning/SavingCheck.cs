using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction.Planning;

/// <summary>
/// A measure's projected saving against what a later inventory shows for the sources it affects (CO₂e a year):
/// expected without the measure = base emissions × (later output ÷ base output) when both outputs are known, else the
/// base emissions; observed saving = expected − later emissions; ratio = observed ÷ projected.
/// </summary>
public sealed record SavingCheck(
    int Year, Co2e Projected, Co2e Base, Co2e Later, decimal? OutputRatio, Co2e Expected, Co2e Observed, decimal? Ratio)
{
    public static SavingCheck Compare(int year, Co2e projected, Co2e baseEmissions, decimal? baseOutput, Co2e later, decimal? laterOutput)
    {
        decimal? outputRatio = baseOutput > 0m && laterOutput > 0m ? laterOutput / baseOutput : null;
        var expected = baseEmissions * (outputRatio ?? 1m);
        var observed = expected - later;
        return new SavingCheck(year, projected, baseEmissions, later, outputRatio, expected, observed,
            projected != Co2e.Zero ? observed.Tonnes / projected.Tonnes : null);
    }
}
