using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.Meters.ActivitySync;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Meters.Pages;

/// <summary>The meter page's readings panel: recent readings, conflicts and the year's monthly totals.</summary>
public partial class Meter
{
    private async Task LoadReadingsAsync(MeterResponse meter)
    {
        _recent = await Db.MeterReadings.AsNoTracking().Where(r => r.MeterId == meter.Id).OrderByDescending(r => r.TimestampUtc).Take(96)
            .Select(r => new ReadingRow(r.TimestampUtc, r.Quantity, r.Register, r.Flags)).ToListAsync(Aborted);
        _conflicts = await Db.MeterReadingConflicts.AsNoTracking().Where(c => c.MeterId == meter.Id).OrderByDescending(c => c.TimestampUtc).Take(50)
            .Select(c => new ConflictRow(c.TimestampUtc, c.Value, c.StoredValue, c.ReceivedAt, c.Reason, c.SentText)).ToListAsync(Aborted);
        // A year outside the data window (?year=0, ?year=99999) shows the default year rather than failing.
        _year = QueryValues.IsYear(Year) && Year is int asked ? asked : (_recent.Count > 0 ? MeterActivity.MonthOf(_recent[0].TimestampUtc).Year : TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), MeterActivity.Taipei).Year);
        _months = await MeterActivity.YearAsync(Store, meter.Id, meter.IntervalMinutes, _year, Aborted);
    }

    /// <summary>Taipei time; a time a quarantined reading carried outside what a date can show (year 0001, 9999) as its Unix seconds.</summary>
    private static string Taipei(long unixSeconds) => unixSeconds is > -62_135_596_800 + 86_400 and < 253_402_300_799 - 86_400
        ? TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(unixSeconds), MeterActivity.Taipei).ToString("yyyy-MM-dd HH:mm", Culture)
        : $"Unix {unixSeconds}";
}
