using Tanpan.Cli.Output;
using Tanpan.Core.CarbonFee;
using Tanpan.Core.Factors;
using Tanpan.Core.Units;

namespace Tanpan.Cli.CarbonFees;

/// <summary>
/// The options that deduct from the annual emissions (碳費收費辦法 §7 <c>--increase-offsets</c>; §8 <c>--supplied-kwh</c> with
/// <c>--supplied-kg-per-kwh</c>), as typed.
/// </summary>
internal sealed record AnnualDeductionArguments(string? IncreaseOffsets, string? SuppliedKwh, string? SuppliedKgPerKwh)
{
    /// <summary>The §8 supply, or <see langword="null"/> when neither option is given; one without the other is a problem.</summary>
    public SuppliedElectricity? Supplied(List<Problem> problems)
    {
        if (SuppliedKwh is null && SuppliedKgPerKwh is null)
        {
            return null;
        }

        if (SuppliedKwh is null || SuppliedKgPerKwh is null)
        {
            problems.Add(new Problem("supplied-kwh", "--supplied-kwh 與 --supplied-kg-per-kwh 須一併提供（碳費收費辦法 §8：供電量及其排碳強度）",
                "give --supplied-kwh and --supplied-kg-per-kwh together (碳費收費辦法 Art. 8: electricity supplied and its carbon intensity)"));
            return null;
        }

        var kwh = InputNumbers.Parse(SuppliedKwh, "supplied-kwh", problems);
        var intensity = InputNumbers.Parse(SuppliedKgPerKwh, "supplied-kg-per-kwh", problems);
        return kwh is { } e && intensity is { } i ? new SuppliedElectricity(KilowattHours.Of(e), i) : null;
    }
}
