using System.Globalization;

namespace Tanpan.Core.Units;

/// <summary>
/// A price of energy in NT$ per kWh (元/度), the unit of Taipower's tariff tables (電價表), held as one <see cref="decimal"/> so that
/// kWh × rate is exact; <c>default</c> is zero. <see cref="Quantity{Energy}"/> × price gives <see cref="Quantity{Money}"/>.
/// </summary>
public readonly struct EnergyPrice : IEquatable<EnergyPrice>, IComparable<EnergyPrice>, IComparable
{
    private readonly decimal _ntdPerKwh;

    private EnergyPrice(decimal ntdPerKwh) => _ntdPerKwh = ntdPerKwh;

    public static EnergyPrice Zero => default;

    /// <summary>NT$ per kWh (exact, as given).</summary>
    public decimal NtdPerKwh => _ntdPerKwh;

    public static EnergyPrice FromNtdPerKwh(decimal ntdPerKwh) => new(ntdPerKwh);

    /// <summary>The cost of <paramref name="energy"/> at this price: its kWh × NT$/kWh.</summary>
    public static Quantity<Money> operator *(Quantity<Energy> energy, EnergyPrice price) =>
        Quantity<Money>.FromBase(energy.In(Units.KilowattHour) * price._ntdPerKwh);

    public static Quantity<Money> operator *(EnergyPrice price, Quantity<Energy> energy) => energy * price;

    public static EnergyPrice operator *(EnergyPrice price, decimal factor) => new(price._ntdPerKwh * factor);

    public static EnergyPrice operator +(EnergyPrice left, EnergyPrice right) => new(left._ntdPerKwh + right._ntdPerKwh);

    public static EnergyPrice operator -(EnergyPrice left, EnergyPrice right) => new(left._ntdPerKwh - right._ntdPerKwh);

    public static bool operator ==(EnergyPrice left, EnergyPrice right) => left._ntdPerKwh == right._ntdPerKwh;

    public static bool operator !=(EnergyPrice left, EnergyPrice right) => left._ntdPerKwh != right._ntdPerKwh;

    public static bool operator <(EnergyPrice left, EnergyPrice right) => left._ntdPerKwh < right._ntdPerKwh;

    public static bool operator <=(EnergyPrice left, EnergyPrice right) => left._ntdPerKwh <= right._ntdPerKwh;

    public static bool operator >(EnergyPrice left, EnergyPrice right) => left._ntdPerKwh > right._ntdPerKwh;

    public static bool operator >=(EnergyPrice left, EnergyPrice right) => left._ntdPerKwh >= right._ntdPerKwh;

    public static Quantity<Money> Multiply(Quantity<Energy> energy, EnergyPrice price) => energy * price;

    public static EnergyPrice Multiply(EnergyPrice price, decimal factor) => price * factor;

    public static EnergyPrice Add(EnergyPrice left, EnergyPrice right) => left + right;

    public static EnergyPrice Subtract(EnergyPrice left, EnergyPrice right) => left - right;

    public bool Equals(EnergyPrice other) => _ntdPerKwh == other._ntdPerKwh;

    public override bool Equals(object? obj) => obj is EnergyPrice other && Equals(other);

    public override int GetHashCode() => _ntdPerKwh.GetHashCode();

    public int CompareTo(EnergyPrice other) => _ntdPerKwh.CompareTo(other._ntdPerKwh);

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        EnergyPrice other => CompareTo(other),
        _ => throw new ArgumentException("Object must be an energy price.", nameof(obj)),
    };

    public override string ToString() => _ntdPerKwh.ToString(CultureInfo.InvariantCulture) + " NT$/kWh";
}
