using System.Globalization;

namespace Tanpan.Web.Features.Meters.Ingest;

/// <summary>A reading kept aside before anything is stored (docs/meters.md#plausibility): its meter, time, value as parsed and why.</summary>
internal readonly record struct RejectedReading(int Index, MeterRef Meter, long TimestampUtc, double Value, string Reason);

/// <summary>
/// Plausibility of a reading, checked on the parsed values before anything is stored (issue 16: one absurd reading
/// must not poison a month). A reading fails when its value is not finite, negative, or above the meter's bound, or
/// when its time is before <see cref="EarliestUtc"/> or more than <see cref="FutureSeconds"/> after the server's clock.
/// The bounds are chosen so that every derived figure stays finite and fits its column: a month of one-minute readings
/// at <see cref="Ceiling"/> sums to 4.5e16, inside an activity amount's decimal(28,10) (18 integer digits).
/// </summary>
public static class ReadingBounds
{
    /// <summary>No reading of any meter above this (its unit): 1e12, e.g. 1 TWh in one interval.</summary>
    public const double Ceiling = 1e12;

    /// <summary>2000-01-01T00:00:00Z: no gateway sends older interval data for carbon inventories (base years are 2005 or later).</summary>
    public const long EarliestUtc = 946_684_800;

    /// <summary>A reading may be stamped at most one day after the server's clock (gateway clocks drift; a later time is a wrong clock).</summary>
    public const long FutureSeconds = 86_400;

    /// <summary>Times the contract capacity a kWh interval meter may show: demand above the contract is billed, not impossible.</summary>
    public const double CapacityHeadroom = 3;

    /// <summary>
    /// The meter's bound: its own <paramref name="configured"/> bound when set; else, for an electricity interval meter
    /// in kWh with a contract capacity, capacity (kW) × interval (h) × <see cref="CapacityHeadroom"/>; else, for a
    /// register with a roll-over value, that value; else <see cref="Ceiling"/>. Never above the ceiling.
    /// </summary>
    public static double MaxValue(bool cumulative, decimal? rollover, int intervalMinutes, string energyType, string unit, decimal? capacityKw, decimal? configured)
    {
        double bound = configured is { } own && own > 0 ? (double)own
            : !cumulative && energyType == "electricity" && string.Equals(unit, "kWh", StringComparison.OrdinalIgnoreCase) && capacityKw is { } kw && kw > 0 && intervalMinutes > 0
                ? (double)kw * intervalMinutes / 60 * CapacityHeadroom
            : cumulative && rollover is { } wrap && wrap > 0 ? (double)wrap
            : Ceiling;
        return Math.Min(bound, Ceiling);
    }

    /// <summary>Why the reading is implausible, or null when it passes (per-row comparisons only).</summary>
    public static string? Check(double value, long timestampUtc, double maxValue, long nowUtc) =>
        !double.IsFinite(value) ? "value_not_finite"
        : value < 0 ? "value_negative"
        : value > maxValue ? "value_above_bound"
        : timestampUtc < EarliestUtc ? "time_too_early"
        : timestampUtc > nowUtc + FutureSeconds ? "time_too_late"
        : null;

    /// <summary>The reason in both languages, for the answer and the pages.</summary>
    public static (string Chinese, string English) Describe(string reason, double maxValue) => reason switch
    {
        "value_not_finite" => ("讀數不是有限數（NaN 或無限大）。", "The value is not a finite number (NaN or infinity)."),
        "value_negative" => ("讀數為負數。", "The value is negative."),
        "value_above_bound" => (
            string.Create(CultureInfo.InvariantCulture, $"讀數超過此電表的合理上限 {maxValue:G6}。"),
            string.Create(CultureInfo.InvariantCulture, $"The value is above this meter's plausible maximum of {maxValue:G6}.")),
        "time_too_early" => ("時間早於 2000-01-01。", "The time is before 2000-01-01."),
        "time_too_late" => ("時間晚於伺服器時間一天以上。", "The time is more than one day after the server's clock."),
        _ => ("讀數被隔離。", "The reading was quarantined."),
    };

    /// <summary>The value as parsed, round-trip text (<c>1E+30</c>, <c>NaN</c>, <c>-Infinity</c>).</summary>
    public static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
