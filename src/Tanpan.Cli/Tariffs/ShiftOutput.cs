using System.Text.Json.Serialization;
using Tanpan.Core.Tariffs;
using Tanpan.Core.Units;

namespace Tanpan.Cli.Tariffs;

/// <summary>
/// What both JSON forms of <c>tariff shift</c> share: the inputs first (plan, its version, voltage, season and day type) and the exact
/// NT$ totals last (not rounded; the names the CLI contract promises). <see cref="PeakShiftOutput"/> and <see cref="BlockShiftOutput"/>
/// put their own fields between.
/// </summary>
internal abstract record ShiftOutput
{
    protected ShiftOutput(string plan, string planVersion, Voltage voltage, Season season, DayType day, Quantity<Money> before, Quantity<Money> after)
    {
        Plan = plan;
        PlanVersion = planVersion;
        Voltage = TariffKeys.Key(voltage);
        Season = TariffKeys.Key(season);
        Day = TariffKeys.Key(day);
        CostBeforeNtd = before.BaseValue;
        CostAfterNtd = after.BaseValue;
        SavingsNtd = (before - after).BaseValue;
    }

    [JsonPropertyOrder(-1)]
    public string Plan { get; }

    [JsonPropertyOrder(-1)]
    public string PlanVersion { get; }

    [JsonPropertyOrder(-1)]
    public string Voltage { get; }

    [JsonPropertyOrder(-1)]
    public string Season { get; }

    [JsonPropertyOrder(-1)]
    public string Day { get; }

    [JsonPropertyOrder(1)]
    public decimal CostBeforeNtd { get; }

    [JsonPropertyOrder(1)]
    public decimal CostAfterNtd { get; }

    [JsonPropertyOrder(1)]
    public decimal SavingsNtd { get; }
}
