namespace Tanpan.Core.Inventory;

/// <summary>
/// The structural-change half of the base-year recalculation rule (ISO 14064-1:2018 6.4.1): compares the facilities
/// with emissions in the base year and now. A facility with emissions in the base year and none now was removed
/// (divested, closed, transferred out); one with emissions now and none in the base year was added (acquired,
/// transferred in). Their emissions as a share of the base-year total, summed, above the threshold call for a
/// recalculation; with a base-year total of zero, any change does. A facility transferred under another name shows as
/// one removal and one addition.
/// </summary>
public static class BaseYearStructureRule
{
    /// <param name="baseYearId">The base year's inventory.</param>
    /// <param name="baseYear">The base year.</param>
    /// <param name="baseYearKilograms">The base year's total (kg CO₂e).</param>
    /// <param name="before">Facility → kg CO₂e in the base year (facilities with zero are taken as not emitting).</param>
    /// <param name="after">Facility → kg CO₂e in this inventory.</param>
    /// <param name="thresholdPercent">The share above which the base year is to be recalculated (5 % by default).</param>
    public static StructuralChangeCheck Compare(
        Guid baseYearId, int baseYear, decimal baseYearKilograms,
        IEnumerable<KeyValuePair<string, decimal>> before, IEnumerable<KeyValuePair<string, decimal>> after, decimal thresholdPercent)
    {
        var was = Emitting(before);
        var now = Emitting(after);
        var changes = was.Where(f => !now.ContainsKey(f.Key)).Select(f => Change(f.Key, "removed", f.Value, baseYearKilograms))
            .Concat(now.Where(f => !was.ContainsKey(f.Key)).Select(f => Change(f.Key, "added", f.Value, baseYearKilograms)))
            .OrderByDescending(c => c.Kilograms).ThenBy(c => c.Facility, StringComparer.Ordinal).ToList();
        var share = changes.Sum(c => c.SharePercent);
        var required = baseYearKilograms == 0 ? changes.Count > 0 : share > thresholdPercent;
        return new(baseYearId, baseYear, baseYearKilograms, thresholdPercent, changes, share, required);
    }

    private static Dictionary<string, decimal> Emitting(IEnumerable<KeyValuePair<string, decimal>> facilities) =>
        facilities.Where(f => f.Value != 0).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    private static FacilityChange Change(string facility, string change, decimal kilograms, decimal baseTotal) =>
        new(facility, change, kilograms, baseTotal == 0 ? 100m : Math.Abs(kilograms) / baseTotal * 100m);
}
