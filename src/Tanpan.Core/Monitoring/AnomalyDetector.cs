using Tanpan.Core.Tariffs;

namespace Tanpan.Core.Monitoring;

/// <summary>
/// Finds anomalies in one meter's interval readings (timestamps = END of interval, Unix seconds; Asia/Taipei local time).
/// Readings are summed into local clock hours. The baseline of an hour is the median and the MAD (median absolute
/// deviation) of the same weekday × hour over the <see cref="AnomalyOptions.BaselineWeeks"/> weeks before the checked
/// window (holidays count as Sundays). Kinds:
/// <list type="bullet">
/// <item><see cref="AnomalyKind.OffHoursUse"/> (checked first): at night (22:00–06:00) or on a Sunday/holiday, hour use above
/// <see cref="AnomalyOptions.OffHoursFraction"/> × the median working-hour use (weekday 09:00–17:00 baseline) — only when the
/// baseline itself does not show such use at that hour (then it is the plant's normal schedule).</item>
/// <item><see cref="AnomalyKind.HighUse"/>: hour use &gt; median + k × 1.4826 × MAD, and above median by at least
/// <see cref="AnomalyOptions.MinimumExcessFraction"/> of the median (so a near-constant baseline with MAD 0 does not alert on noise).</item>
/// <item><see cref="AnomalyKind.FlatLine"/>: ≥ <see cref="AnomalyOptions.FlatLineHours"/> hours of identical readings.</item>
/// <item><see cref="AnomalyKind.MissingData"/>: a gap of ≥ <see cref="AnomalyOptions.MissingHours"/> hours without readings.</item>
/// </list>
/// Consecutive hours of the same kind are merged into one anomaly. Needs at least <see cref="AnomalyOptions.MinimumBaselineSamples"/>
/// samples of a weekday × hour before judging use against it.
/// </summary>
public static class AnomalyDetector
{
    private const double MadToSigma = 1.4826;

    public static IReadOnlyList<MeterAnomaly> Detect(ReadOnlySpan<long> timestampsUtc, ReadOnlySpan<double> quantities, int intervalMinutes,
        long windowStartUtc, long windowEndUtc, HolidayCalendar calendar, AnomalyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var o = options ?? AnomalyOptions.Default;
        if (timestampsUtc.Length != quantities.Length)
        {
            throw new ArgumentException("Timestamps and quantities differ in length.", nameof(quantities));
        }

        var anomalies = new List<MeterAnomaly>();
        FindGapsAndFlatLines(timestampsUtc, quantities, intervalMinutes, windowStartUtc, windowEndUtc, o, anomalies);

        // Hourly sums from the baseline start to the window end, indexed by hour since baselineStart.
        // Hour buckets are whole clock hours (Asia/Taipei is a whole number of hours from UTC).
        var hourStart = (Math.DivRem(windowStartUtc, 3600L, out var rem) * 3600) - (rem < 0 ? 3600 : 0);
        var baselineStart = hourStart - (o.BaselineWeeks * 7L * 86400);
        var hours = (int)((windowEndUtc - baselineStart + 3599) / 3600);
        if (hours <= 0)
        {
            return anomalies;
        }

        var sums = new double[hours];
        var seen = new bool[hours];
        for (var i = 0; i < timestampsUtc.Length; i++)
        {
            var t = timestampsUtc[i] - 1;
            if (t < baselineStart || t >= windowEndUtc)
            {
                continue;
            }

            var h = (int)((t - baselineStart) / 3600);
            sums[h] += quantities[i];
            seen[h] = true;
        }

        // Baseline samples per weekday (holiday → Sunday) × local hour.
        var samples = new List<double>[7 * 24];
        for (var k = 0; k < samples.Length; k++)
        {
            samples[k] = [];
        }

        var windowFirstHour = (int)((hourStart - baselineStart) / 3600);
        for (var h = 0; h < Math.Min(windowFirstHour, hours); h++)
        {
            if (seen[h])
            {
                samples[Key(baselineStart + (h * 3600L), calendar)].Add(sums[h]);
            }
        }

        var median = new double[samples.Length];
        var mad = new double[samples.Length];
        var enough = new bool[samples.Length];
        for (var k = 0; k < samples.Length; k++)
        {
            enough[k] = samples[k].Count >= o.MinimumBaselineSamples;
            if (enough[k])
            {
                median[k] = Median(samples[k]);
                mad[k] = Median(samples[k].Select(x => Math.Abs(x - median[k])).ToList());
            }
        }

        var working = Enumerable.Range(0, 7 * 24).Where(k => k / 24 is >= 1 and <= 5 && k % 24 is >= 9 and < 17 && enough[k]).Select(k => median[k]).ToList();
        var workingMedian = working.Count > 0 ? Median(working) : 0;

        MeterAnomaly? open = null;
        for (var h = windowFirstHour; h < hours; h++)
        {
            var start = baselineStart + (h * 3600L);
            MeterAnomaly? found = null;
            var k = Key(start, calendar);
            if (seen[h] && enough[k])
            {
                var limit = median[k] + Math.Max(o.K * MadToSigma * mad[k], o.MinimumExcessFraction * median[k]);
                var offHours = IsOffHours(start, calendar);
                if (offHours && workingMedian > 0 && sums[h] > o.OffHoursFraction * workingMedian && median[k] <= o.OffHoursFraction * workingMedian)
                {
                    found = new MeterAnomaly(AnomalyKind.OffHoursUse, start, start + 3600, sums[h], median[k], o.OffHoursFraction * workingMedian);
                }
                else if (sums[h] > limit && sums[h] > 0)
                {
                    found = new MeterAnomaly(AnomalyKind.HighUse, start, start + 3600, sums[h], median[k], limit);
                }
            }

            if (open is not null && (found is null || found.Kind != open.Kind || found.StartUtc != open.EndUtc))
            {
                anomalies.Add(open);
                open = null;
            }

            if (found is not null)
            {
                open = open is null ? found : open with { EndUtc = found.EndUtc, Observed = open.Observed + found.Observed, Expected = open.Expected + found.Expected, Threshold = open.Threshold + found.Threshold };
            }
        }

        if (open is not null)
        {
            anomalies.Add(open);
        }

        return anomalies.OrderBy(a => a.StartUtc).ThenBy(a => a.Kind).ToList();
    }

    /// <summary>Night (22:00–06:00 local) or a Sunday/holiday.</summary>
    public static bool IsOffHours(long unixSeconds, HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var hour = TouSchedule.LocalSlot(unixSeconds) / 4;
        return hour is >= 22 or < 6 || calendar.DayTypeOf(TouSchedule.DateOfLocalDay(TouSchedule.LocalDay(unixSeconds))) == DayType.SundayHoliday;
    }

    private static void FindGapsAndFlatLines(ReadOnlySpan<long> ts, ReadOnlySpan<double> q, int intervalMinutes, long windowStart, long windowEnd,
        AnomalyOptions o, List<MeterAnomaly> anomalies)
    {
        var interval = intervalMinutes * 60L;
        var minGap = (long)(o.MissingHours * 3600);
        var flatReadings = Math.Max(2, (int)Math.Ceiling(o.FlatLineHours * 3600 / interval));
        var previous = windowStart; // end of the last covered interval
        var runStart = -1;
        for (var i = 0; i < ts.Length; i++)
        {
            if (ts[i] <= windowStart || ts[i] > windowEnd)
            {
                continue;
            }

            var begins = ts[i] - interval;
            if (begins - previous >= minGap)
            {
                anomalies.Add(new MeterAnomaly(AnomalyKind.MissingData, previous, begins, 0, (begins - previous) / (double)interval, minGap / (double)interval));
            }

            previous = Math.Max(previous, ts[i]);
            if (runStart >= 0 && (q[i] != q[runStart] || ts[i] - ts[i - 1] != interval))
            {
                CloseRun(ts, q, runStart, i - 1, interval, flatReadings, anomalies);
                runStart = i;
            }
            else if (runStart < 0)
            {
                runStart = i;
            }
        }

        if (runStart >= 0)
        {
            var last = runStart;
            while (last + 1 < ts.Length && ts[last + 1] <= windowEnd)
            {
                last++;
            }

            CloseRun(ts, q, runStart, last, interval, flatReadings, anomalies);
        }

        if (windowEnd - previous >= minGap)
        {
            anomalies.Add(new MeterAnomaly(AnomalyKind.MissingData, previous, windowEnd, 0, (windowEnd - previous) / (double)interval, minGap / (double)interval));
        }
    }

    private static void CloseRun(ReadOnlySpan<long> ts, ReadOnlySpan<double> q, int from, int to, long interval, int flatReadings, List<MeterAnomaly> anomalies)
    {
        var count = to - from + 1;
        if (count >= flatReadings)
        {
            anomalies.Add(new MeterAnomaly(AnomalyKind.FlatLine, ts[from] - interval, ts[to], q[from] * count, count, flatReadings));
        }
    }

    private static int Key(long unixSeconds, HolidayCalendar calendar)
    {
        var date = TouSchedule.DateOfLocalDay(TouSchedule.LocalDay(unixSeconds));
        var weekday = calendar.IsHoliday(date) ? 0 : (int)date.DayOfWeek;
        return (weekday * 24) + (TouSchedule.LocalSlot(unixSeconds) / 4);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }
}

/// <summary>Detection settings; defaults documented in docs/monitoring.md.</summary>
public sealed record AnomalyOptions
{
    public static AnomalyOptions Default { get; } = new();

    public int BaselineWeeks { get; init; } = 8;

    /// <summary>High-use threshold in robust standard deviations (1.4826 × MAD).</summary>
    public double K { get; init; } = 5;

    public double MinimumExcessFraction { get; init; } = 0.25;

    public int MinimumBaselineSamples { get; init; } = 3;

    public double OffHoursFraction { get; init; } = 0.3;

    public double FlatLineHours { get; init; } = 6;

    public double MissingHours { get; init; } = 1;
}

/// <summary>
/// One anomaly over [<see cref="StartUtc"/>, <see cref="EndUtc"/>) (Unix seconds). For use anomalies, observed and expected
/// (baseline median) use and the threshold, summed over the hours; for missing data, the missing reading count as
/// <see cref="Expected"/>; for a flat line, the run's reading count as <see cref="Expected"/>.
/// </summary>
public sealed record MeterAnomaly(AnomalyKind Kind, long StartUtc, long EndUtc, double Observed, double Expected, double Threshold);

public enum AnomalyKind
{
    HighUse,
    OffHoursUse,
    FlatLine,
    MissingData,
}
