using Tanpan.Cli.Output;
using Tanpan.Core.Factors;
using Tanpan.Core.Tariffs;

namespace Tanpan.Cli.Tariffs;

/// <summary>The text of <c>tariff shift</c>'s options, read into a request or into the problems with it.</summary>
internal sealed record ShiftArguments(string Plan, string? Voltage, string Season, string Day, string Kwh, string From, string To)
{
    public (ShiftRequest? Request, List<Problem> Problems) Read(TariffLibrary library)
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

        var season = TariffKeys.ParseSeason(Season);
        Check(season, "season", Season, "summer, non-summer", problems);
        var day = TariffKeys.ParseDay(Day);
        Check(day, "day", Day, "weekday, saturday, sunday", problems);
        var kwh = InputNumbers.Parse(Kwh, "kwh", problems);
        var from = TariffKeys.ParsePeriod(From);
        Check(from, "from", From, "peak, semi_peak, off_peak", problems);
        var shares = Shares(problems);
        return problems.Count > 0
            ? (null, problems)
            : (new ShiftRequest(plan!, voltage, season!.Value, day!.Value, kwh!.Value, from!.Value, shares), problems);
    }

    private List<ShiftShare> Shares(List<Problem> problems)
    {
        var shares = new List<ShiftShare>();
        foreach (var part in To.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
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
