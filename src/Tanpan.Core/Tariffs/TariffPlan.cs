namespace Tanpan.Core.Tariffs;

/// <summary>
/// A versioned Taipower electricity plan: its energy rates by voltage × season × day type × period,
/// NT$/kWh. The 20251001 plans are each priced for one voltage (the id names it, e.g.
/// <c>high_voltage_three_stage</c>); the 2023 seed example carries one column per voltage.
/// Sources and confidence: <c>data/tariffs/README.md</c>.
/// </summary>
public sealed record TariffPlan(string Id, string NameZh, string Version, IReadOnlyList<Voltage> Voltages, IReadOnlyList<TariffRate> Rates,
    string Source, string Confidence)
{
    /// <summary>
    /// The summer season as <c>MM-dd~MM-dd</c> (inclusive, local dates), as in the data's <c>season_dates</c>;
    /// <see langword="null"/> when the data gives none, and then <see cref="TouSchedule"/> takes Taipower's dates for the voltage.
    /// </summary>
    public string? SummerDates { get; init; }

    /// <summary>The rate for the period, or <see langword="null"/> when the plan has no such period on that day.</summary>
    public TariffRate? Find(Voltage voltage, Season season, DayType day, TouPeriod period) =>
        Rates.FirstOrDefault(r => r.Voltage == voltage && r.Season == season && (r.DayType is null || r.DayType == day) && r.Period == period);

    /// <summary>The periods priced on that day, in the order of <see cref="TouPeriod"/>.</summary>
    public IReadOnlyList<TouPeriod> Periods(Voltage voltage, Season season, DayType day) =>
        Rates.Where(r => r.Voltage == voltage && r.Season == season && (r.DayType is null || r.DayType == day))
            .Select(r => r.Period).Distinct().Order().ToList();
}
