using System.Globalization;

namespace Tanpan.Core.Units;

/// <summary>
/// A greenhouse-gas amount in CO₂-equivalent, held as one <see cref="decimal"/> in kilograms CO₂e;
/// <c>default</c> is zero. Reports show tonnes (公噸CO₂e): see <see cref="Tonnes"/> and <see cref="Rounding"/>.
/// Kept apart from <see cref="Mass"/> so that a mass of gas can never be added to an equivalent without its GWP.
/// </summary>
public readonly struct Co2e : IEquatable<Co2e>, IComparable<Co2e>, IComparable
{
    private readonly decimal _kilograms;

    private Co2e(decimal kilograms) => _kilograms = kilograms;

    public static Co2e Zero => default;

    /// <summary>Kilograms CO₂e (exact).</summary>
    public decimal Kilograms => _kilograms;

    /// <summary>Tonnes CO₂e (exact: kilograms ÷ 1000).</summary>
    public decimal Tonnes => _kilograms / 1000m;

    public static Co2e FromKilograms(decimal kilograms) => new(kilograms);

    public static Co2e FromTonnes(decimal tonnes) => new(tonnes * 1000m);

    /// <summary>The CO₂e of <paramref name="gas"/> with a 100-year global-warming potential.</summary>
    public static Co2e FromGas(Quantity<Mass> gas, decimal gwp) => new(gas.BaseValue * gwp);

    public static Co2e operator +(Co2e left, Co2e right) => new(left._kilograms + right._kilograms);

    public static Co2e operator -(Co2e left, Co2e right) => new(left._kilograms - right._kilograms);

    public static Co2e operator -(Co2e value) => new(-value._kilograms);

    public static Co2e operator *(Co2e value, decimal factor) => new(value._kilograms * factor);

    public static Co2e operator *(decimal factor, Co2e value) => new(value._kilograms * factor);

    public static Co2e operator /(Co2e value, decimal divisor) => new(value._kilograms / divisor);

    public static bool operator ==(Co2e left, Co2e right) => left._kilograms == right._kilograms;

    public static bool operator !=(Co2e left, Co2e right) => left._kilograms != right._kilograms;

    public static bool operator <(Co2e left, Co2e right) => left._kilograms < right._kilograms;

    public static bool operator <=(Co2e left, Co2e right) => left._kilograms <= right._kilograms;

    public static bool operator >(Co2e left, Co2e right) => left._kilograms > right._kilograms;

    public static bool operator >=(Co2e left, Co2e right) => left._kilograms >= right._kilograms;

    public static Co2e Add(Co2e left, Co2e right) => left + right;

    public static Co2e Subtract(Co2e left, Co2e right) => left - right;

    public static Co2e Negate(Co2e value) => -value;

    public static Co2e Multiply(Co2e value, decimal factor) => value * factor;

    public static Co2e Divide(Co2e value, decimal divisor) => value / divisor;

    public bool Equals(Co2e other) => _kilograms == other._kilograms;

    public override bool Equals(object? obj) => obj is Co2e other && Equals(other);

    public override int GetHashCode() => _kilograms.GetHashCode();

    public int CompareTo(Co2e other) => _kilograms.CompareTo(other._kilograms);

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Co2e other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Co2e.", nameof(obj)),
    };

    public override string ToString() => Rounding.Tonnes(Tonnes).ToString(CultureInfo.InvariantCulture) + " tCO2e";
}
