namespace Tanpan.Core.Cbam;

/// <summary>
/// "Your actual value vs the default" for one good and year: the installation's SEE counted for the good
/// (<see cref="CbamSeeResult.SeeTotal"/>) beside the default with that year's mark-up, t CO₂e/t, exact.
/// <see cref="DifferenceTPerT"/> = default − actual (positive: actual data lowers the embedded emissions).
/// </summary>
public sealed record CbamDefaultComparison(CnCode CnCode, int Year, decimal ActualSee, CbamDefaultForYear Default)
{
    public decimal DefaultSee => Default.MarkedUp;

    public decimal DifferenceTPerT => DefaultSee - ActualSee;

    /// <summary>Difference as a percentage of the marked-up default (null when the default is 0).</summary>
    public decimal? DifferencePercent => DefaultSee == 0m ? null : DifferenceTPerT * 100m / DefaultSee;

    /// <summary>Compares a process's SEE with the default for its CN code from <paramref name="origin"/> in <paramref name="year"/>.</summary>
    public static CbamDefaultComparison For(CbamSeeResult result, int year, string origin = "TW", CbamDefaultValues? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = (defaults ?? CbamDefaultValues.Shipped).ForYear(result.CnCode, year, origin);
        return new CbamDefaultComparison(result.CnCode, year, result.SeeTotal, d);
    }
}
