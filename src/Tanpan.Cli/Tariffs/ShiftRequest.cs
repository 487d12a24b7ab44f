using Tanpan.Core.Tariffs;

namespace Tanpan.Cli.Tariffs;

/// <summary>A <c>tariff shift</c> request whose words and numbers have been read.</summary>
internal sealed record ShiftRequest(TariffPlan Plan, Voltage? Voltage, Season Season, DayType Day, decimal Kwh, TouPeriod From, IReadOnlyList<ShiftShare> Shares);
