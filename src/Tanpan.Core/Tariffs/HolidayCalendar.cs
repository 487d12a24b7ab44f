using System.Globalization;
using Tanpan.Core.Text;

namespace Tanpan.Core.Tariffs;

/// <summary>
/// A calendar of listed days: days off (a listed holiday counts as <see cref="DayType.SundayHoliday"/>) and make-up
/// workdays (counted as weekdays); other dates follow the plain week. <see cref="Shipped"/> is Taiwan's office calendar
/// (行政院人事行政總處 辦公日曆表, <c>data/calendar/tw_holidays.csv</c>, 2023–2026: national holidays, observed and
/// bridge days off, make-up Saturdays) — the plant's working days, used by the anomaly detector. Time-of-use pricing
/// does not use it: Taipower's off-peak days are <see cref="TaipowerOffPeakDays"/>.
/// All dates are local dates in Asia/Taipei (UTC+08:00 all year, no daylight saving).
/// </summary>
public sealed class HolidayCalendar
{
    private const string ShippedFile = "calendar/tw_holidays.csv";
    private static readonly Lazy<HolidayCalendar> LazyShipped = new(() => FromCsv(ReferenceCsv.Load(ShippedFile)));

    private readonly Dictionary<DateOnly, CalendarDay> _days;

    public HolidayCalendar(IEnumerable<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        _days = days.ToDictionary(d => d.Date);
        FirstYear = _days.Count == 0 ? 0 : _days.Keys.Min().Year;
        LastYear = _days.Count == 0 ? 0 : _days.Keys.Max().Year;
    }

    /// <summary>The shipped calendar.</summary>
    public static HolidayCalendar Shipped => LazyShipped.Value;

    /// <summary>A calendar with no holidays: plain weeks only.</summary>
    public static HolidayCalendar PlainWeeks { get; } = new([]);

    public int FirstYear { get; }

    public int LastYear { get; }

    public IReadOnlyCollection<CalendarDay> Days => _days.Values;

    /// <summary>The listed day, or <see langword="null"/> for an ordinary day.</summary>
    public CalendarDay? Find(DateOnly date) => _days.GetValueOrDefault(date);

    public bool IsHoliday(DateOnly date) => _days.TryGetValue(date, out var d) ? d.IsHoliday : date.DayOfWeek == DayOfWeek.Sunday;

    /// <summary>Tariff day type: holiday or Sunday → Sunday-and-holiday; make-up workday → weekday; Saturday → Saturday.</summary>
    public DayType DayTypeOf(DateOnly date)
    {
        if (_days.TryGetValue(date, out var listed))
        {
            return listed.IsHoliday ? DayType.SundayHoliday : DayType.Weekday;
        }

        return date.DayOfWeek switch
        {
            DayOfWeek.Sunday => DayType.SundayHoliday,
            DayOfWeek.Saturday => DayType.Saturday,
            _ => DayType.Weekday,
        };
    }

    private static HolidayCalendar FromCsv(ReferenceCsv t) => new(t.Rows.Select(r => new CalendarDay(
        DateOnly.ParseExact(t.Text(r, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        t.Text(r, "kind") switch
        {
            "holiday" => true,
            "workday" => false,
            var k => throw new InvalidOperationException($"Unknown calendar day kind '{k}' in {t.Name}."),
        },
        t.Text(r, "name_zh"), t.Text(r, "name_en"))));
}

/// <summary>A listed day: a day off (<see cref="IsHoliday"/>) or a make-up workday.</summary>
public sealed record CalendarDay(DateOnly Date, bool IsHoliday, string NameZh, string NameEn);
