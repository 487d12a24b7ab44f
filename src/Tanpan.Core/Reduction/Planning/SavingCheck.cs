namespace Tanpan.Core.Reduction.Planning;

/// <summary>
/// A measure's projected saving against what a later inventory shows for the sources it affects (t CO₂e a year):
/// expected without the measure = base emissions × (later output ÷ base output) when both outputs are known, else the
/// base emissions; observed saving = expected − later emissions; ratio = observed ÷ projected.
/// </summary>
public sealed record SavingCheck(
    int Year, decimal ProjectedT, decimal BaseT, decimal LaterT, decimal? OutputRatio, decimal ExpectedT, decimal ObservedT, decimal? Ratio)
{
    public static SavingCheck Compare(int year, decimal projectedT, decimal baseT, decimal? baseOutput, decimal laterT, decimal? laterOutput)
    {
        decimal? outputRatio = baseOutput > 0m && laterOutput > 0m ? laterOutput / baseOutput : null;
        var expected = baseT * (outputRatio ?? 1m);
        var observed = expected - laterT;
        return new SavingCheck(year, projectedT, baseT, laterT, outputRatio, expected, observed, projectedT != 0m ? observed / projectedT : null);
    }
}
