using System.Globalization;

namespace Tanpan.Web.Features.FollowUps;

/// <summary>
/// What was read for the form: the inventory year, scope 1 and 2 in tCO2e, the intensity (tCO2e per the unit), the factor
/// set and version, and when it was locked (null: not locked, the figures may still change).
/// </summary>
public sealed record Prefill(
    int Year, bool Found, decimal? Scope1Tonnes, decimal? Scope2Tonnes, decimal? Intensity, string? IntensityUnitZh, string? IntensityUnitEn,
    string? FactorSetId, string? FactorSetVersion, DateTimeOffset? LockedAt)
{
    /// <summary>The trace stored with a returned form and shown beside the figures: source, factor set, locked or not.</summary>
    public string Trace(bool english)
    {
        if (!Found)
        {
            return english ? $"No calculable Tanpan inventory for {Year}; nothing prefilled." : $"Tanpan 無 {Year} 年可計算的盤查，未預填。";
        }

        var locked = LockedAt is { } at ? at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        return english
            ? $"Source: Tanpan inventory {Year}; factor set {FactorSetId} {FactorSetVersion}; " + (locked is null ? "not locked (figures may still change)." : $"locked on {locked}.")
            : $"來源：Tanpan 盤查 {Year} 年；係數集 {FactorSetId} {FactorSetVersion}；" + (locked is null ? "未鎖定（數值仍可能變動）。" : $"已於 {locked} 鎖定。");
    }

    public static string Number(decimal? value) => value is decimal v ? Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture) : "";
}
