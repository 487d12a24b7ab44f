using Tanpan.Cli.Output;
using Tanpan.Core.Factors;
using Tanpan.Core.Tariffs;
using Tanpan.Core.Units;

namespace Tanpan.Cli.Tariffs;

/// <summary>
/// The text of <c>tariff shift</c>'s options, read into a request or into the problems with it: the kWh form (<c>--kwh --from --to</c>)
/// or the load-block form (<c>--block-kw --window --to-window --days</c>).
/// </summary>
internal sealed record ShiftArguments(string Plan, string? Voltage, string? Season, string? Day, string? Kwh, string? From, string? To)
{
    /// <summary>The load-block options; all null for the kWh form.</summary>
    public string? BlockKw { get; init; }

    public string? Window { get; init; }

    public string? ToWindow { get; init; }

    public string? Days { get; init; }

    /// <summary><c>--date YYYY-MM-DD</c>: season and day type from the plan's summer and Taipower's off-peak days, instead of --season/--day.</summary>
    public string? Date { get; init; }

    public bool IsBlock => BlockKw is not null || Window is not null || ToWindow is not null || Days is not null;

    /// <summary>The block form's numbers and windows (plan, voltage, season and day as for the kWh form).</summary>
    public (ShiftRequest? Common, decimal Kw, string Window, string ToWindow, int Days, List<Problem> Problems) ReadBlock(TariffLibrary library)
    {
        var (common, problems) = ReadCommon(library);
        foreach (var (value, option) in new[] { (Kwh, "kwh"), (From, "from"), (To, "to") }.Where(x => x.Item1 is not null))
        {
            problems.Add(new Problem(option, $"--{option} 不能與 --block-kw 同時使用", $"--{option} cannot be used with --block-kw"));
        }

        var kw = Needed(BlockKw, "block-kw", problems) is { } k ? InputNumbers.Parse(k, "block-kw", problems) : null;
        var days = Needed(Days, "days", problems) is { } d ? InputNumbers.Parse(d, "days", problems) : null;
        if (days is { } whole && whole != decimal.Truncate(whole))
        {
            problems.Add(new Problem("days", $"--days 須為整數（收到「{Days}」）", $"--days must be a whole number (got '{Days}')"));
        }

        Needed(Window, "window", problems);
        Needed(ToWindow, "to-window", problems);
        return problems.Count > 0 || common is null
            ? (null, 0, "", "", 0, problems)
            : (common, kw!.Value, Window!, ToWindow!, (int)Math.Clamp(days!.Value, int.MinValue, int.MaxValue), problems);
    }

    private (ShiftRequest? Common, List<Problem> Problems) ReadCommon(TariffLibrary library)
    {
        var problems = new List<Problem>();
        var (plan, planProblem) = library.Resolve(Plan);
        if (planProblem is not null)
        {
            problems.Add(planProblem);
        }

        Voltage? voltage = null;
        if (Voltage is not null)
        {
            voltage = TariffKeys.ParseVoltage(Voltage);
            Check(voltage, "voltage", Voltage, "low, high, extra-high", problems);
        }

        Season? season = null;
        DayType? day = null;
        if (Date is not null)
        {
            if (Season is not null || Day is not null)
            {
                problems.Add(new Problem("date", "--date 不能與 --season、--day 同時使用", "--date cannot be used with --season or --day"));
            }
            else if (!DateOnly.TryParseExact(Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                problems.Add(new Problem("date", $"--date 須為 YYYY-MM-DD（收到「{Date}」）", $"--date must be YYYY-MM-DD (got '{Date}')"));
            }
            else if (plan is not null)
            {
                var (schedule, scheduleProblems) = TouSchedule.Build(plan, voltage);
                problems.AddRange(scheduleProblems);
                if (schedule is not null)
                {
                    // Taipower's off-peak days (離峰日) of the plan's tariff version, not the office calendar.
                    season = schedule.SeasonOf(date);
                    day = TaipowerOffPeakDays.For(plan).DayTypeOf(date);
                }
            }
        }
        else
        {
            season = Season is null ? null : TariffKeys.ParseSeason(Season);
            if (Season is null)
            {
                problems.Add(new Problem("season", "缺少 --season（或改用 --date）", "--season is required (or give --date)"));
            }
            else
            {
                Check(season, "season", Season, "summer, non-summer", problems);
            }

            day = Day is null ? null : TariffKeys.ParseDay(Day);
            if (Day is null)
            {
                problems.Add(new Problem("day", "缺少 --day（或改用 --date）", "--day is required (or give --date)"));
            }
            else
            {
                Check(day, "day", Day, "weekday, saturday, sunday", problems);
            }
        }

        return problems.Count > 0 || season is null || day is null
            ? (null, problems)
            : (new ShiftRequest(plan!, voltage, season.Value, day.Value, Quantity<Energy>.Zero, TouPeriod.Peak, []), problems);
    }

    private static string? Needed(string? value, string option, List<Problem> problems)
    {
        if (value is null)
        {
            problems.Add(new Problem(option, $"缺少 --{option}", $"--{option} is required"));
        }

        return value;
    }

    public (ShiftRequest? Request, List<Problem> Problems) Read(TariffLibrary library)
    {
        var (common, problems) = ReadCommon(library);
        var kwh = Needed(Kwh, "kwh", problems) is { } k ? InputNumbers.Parse(k, "kwh", problems) : null;
        TouPeriod? from = null;
        if (Needed(From, "from", problems) is { } f)
        {
            from = TariffKeys.ParsePeriod(f);
            Check(from, "from", f, "peak, semi_peak, off_peak", problems);
        }

        Needed(To, "to", problems);
        var shares = Shares(problems);
        return problems.Count > 0 || common is null
            ? (null, problems)
            : (common with { Energy = KilowattHours.Of(kwh!.Value), From = from!.Value, Shares = shares }, problems);
    }

    private List<ShiftShare> Shares(List<Problem> problems)
    {
        var shares = new List<ShiftShare>();
        foreach (var part in (To ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var period = TariffKeys.ParsePeriod(kv[0]);
            Check(period, "to", kv[0], "peak, semi_peak, off_peak", problems);
            var share = kv.Length == 2 ? InputNumbers.Parse(kv[1], "to", problems) : 1m;
            if (period is not null && share is not null)
            {
                shares.Add(new ShiftShare(period.Value, share.Value));
            }
        }

        return shares;
    }

    private static void Check<T>(T? value, string option, string text, string allowed, List<Problem> problems)
        where T : struct
    {
        if (value is null)
        {
            problems.Add(new Problem(option, $"--{option} 不明的值「{text}」（可用：{allowed}）", $"--{option}: unknown value '{text}' (use {allowed})"));
        }
    }
}
