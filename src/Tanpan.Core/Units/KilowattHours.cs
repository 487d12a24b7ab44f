namespace Tanpan.Core.Units;

/// <summary>
/// Electricity is counted in kWh (度): a meter's or a tariff's kWh as a <see cref="Quantity{Energy}"/> and back. The round trip is exact
/// (1 kWh = 3.6 MJ, a terminating decimal) and keeps the figure's scale, so 27,920.50 kWh comes back as 27,920.50.
/// </summary>
public static class KilowattHours
{
    public static Quantity<Energy> Of(decimal kwh) => Quantity<Energy>.From(kwh, Units.KilowattHour);

    public static decimal In(Quantity<Energy> energy) => energy.In(Units.KilowattHour);
}
