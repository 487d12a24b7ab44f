using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs;

/// <summary>
/// One energy rate of a plan, <see cref="Price"/> in NT$ per kWh (exact, as published). <see cref="DayType"/> is
/// <see langword="null"/> for a flat rate that applies on every day. <see cref="TimeWindows"/> is the
/// clock-time text of the source, e.g. <c>09:00-16:00;22:00-24:00</c>.
/// </summary>
public sealed record TariffRate(Voltage Voltage, Season Season, DayType? DayType, TouPeriod Period, EnergyPrice Price, string TimeWindows);
