namespace Tanpan.Web.Features.Tariffs;

/// <summary>A peak-shift question: words as in the CLI (<c>extra-high</c>, <c>non-summer</c>, <c>sunday</c>, <c>semi_peak</c>); <c>to</c> maps period → share (0–1, summing to 1).</summary>
public sealed record PeakShiftRequest(string? Plan, string? Voltage, string? Season, string? Day, decimal? Kwh, string? From, IReadOnlyDictionary<string, decimal>? To);

/// <summary>Cost before and after moving <c>kwh</c> out of <c>from</c>, NT$ exact (energy charge only); round for display.</summary>
public sealed record PeakShiftResponse(string Plan, string PlanVersion, string Voltage, string Season, string Day, decimal Kwh, string From,
    decimal FromNtdPerKwh, IReadOnlyList<PeakShiftLeg> To, decimal CostBeforeNtd, decimal CostAfterNtd, decimal SavingsNtd);

public sealed record PeakShiftLeg(string Period, decimal Share, decimal Kwh, decimal NtdPerKwh, decimal CostNtd);

/// <summary>A shipped tariff plan with its rates; <c>summerDates</c> as MM-dd~MM-dd.</summary>
public sealed record TariffPlanResponse(string Id, string NameZh, string Version, IReadOnlyList<string> Voltages, string SummerDates,
    string Source, string Confidence, IReadOnlyList<TariffRateResponse> Rates);

public sealed record TariffRateResponse(string Voltage, string Season, string? Day, string Period, string TimeWindows, decimal NtdPerKwh);

/// <summary>
/// A load-block question: <c>kw</c> over the local window <c>window</c> (<c>HH:mm-HH:mm</c>, 15-minute steps, <c>24:00</c> allowed;
/// an end not after the start runs past midnight) on <c>days</c> days, moved to <c>toWindow</c> of the same length.
/// </summary>
public sealed record BlockShiftRequest(string? Plan, string? Voltage, string? Season, string? Day, decimal? Kw, string? Window, string? ToWindow, int? Days);

/// <summary>The kWh of each period before (<c>before</c>) and after (<c>after</c>) the move, NT$ exact (energy charge only).</summary>
public sealed record BlockShiftResponse(string Plan, string PlanVersion, string Voltage, string Season, string Day, decimal Kw, int Days, string Window,
    string ToWindow, decimal Kwh, IReadOnlyList<BlockShiftLeg> Before, IReadOnlyList<BlockShiftLeg> After, decimal CostBeforeNtd, decimal CostAfterNtd,
    decimal SavingsNtd);

/// <summary>One period of a window: hours a day, kWh over all the days, rate and cost.</summary>
public sealed record BlockShiftLeg(string Period, decimal Hours, decimal Kwh, decimal NtdPerKwh, decimal CostNtd);
