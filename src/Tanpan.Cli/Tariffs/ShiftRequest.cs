using Tanpan.Core.Tariffs;
using Tanpan.Core.Units;

namespace Tanpan.Cli.Tariffs;

/// <summary>A <c>tariff shift</c> request whose words and numbers have been read.</summary>
internal sealed record ShiftRequest(TariffPlan Plan, Voltage? Voltage, Season Season, DayType Day, Quantity<Energy> Energy, TouPeriod From, IReadOnlyList<ShiftShare> Shares);
