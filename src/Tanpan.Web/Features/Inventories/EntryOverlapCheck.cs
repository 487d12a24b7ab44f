using System.Globalization;
using Tanpan.Core.Inventory;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// Hand entry, the month grid and the per-bill form: an entry whose period shares a day with another entry of the same
/// source is refused unless one of the two records why both are kept (<see cref="ActivityEntry.OverlapReason"/>). Months
/// a linked meter fills are left to the meter warning (<see cref="MeterOverlaps"/>): a broken meter's month may need a
/// typed value, and that overlap is shown on the source page and the reminder, never silent.
/// </summary>
internal static class EntryOverlapCheck
{
    /// <summary>Adds the error under <paramref name="prefix"/><c>month</c> when <paramref name="entry"/> overlaps one of <paramref name="others"/> without a reason.</summary>
    public static void Check(ActivityEntry entry, IEnumerable<ActivityEntry> others, FieldErrors errors, string prefix = "")
    {
        if (entry.OverlapReason is not null)
        {
            return;
        }

        var hits = PeriodOverlaps.Find(
            others.Where(o => o.Id != entry.Id && o.OverlapReason is null && !IsMeterMonth(o)).Select(o => (o, ActivityPeriod.Of(o.Year, o.Month))),
            ActivityPeriod.Of(entry.Year, entry.Month));
        if (hits.Count == 0)
        {
            return;
        }

        var list = string.Join("; ", hits.Select(h => $"{ActivityPeriod.Of(h.Year, h.Month)} {Amount(h.Amount)} {h.Unit}"));
        errors.Add(prefix + "month",
            $"此期間已有同一排放源的活動數據（{list}），兩筆會重複計算。請修改原有的那一筆，或在「保留兩筆的理由」說明為何兩筆都要計入。",
            $"This period already has activity data for the same source ({list}); both would be counted. Change the existing entry, or give a reason for keeping both.");
    }

    /// <summary>An automatic meter entry (its month is warned about, not refused).</summary>
    public static bool IsMeterMonth(ActivityEntry entry) => entry.Month is not null && entry.MeterId is not null;

    private static string Amount(decimal amount) => amount.ToString("#,0.##########", CultureInfo.InvariantCulture);
}
