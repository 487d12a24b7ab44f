using System.Globalization;

namespace Tanpan.Core.Units;

/// <summary>
/// A mass, e.g. fuel burned or gas emitted. An immutable amount held as one <see cref="decimal"/> in kilograms; <c>default</c> is zero.
/// Negative values are allowed (a correction or a removal); validation of user input happens where it is read.
/// </summary>
public readonly struct Mass : IEquatable<Mass>, IComparable<Mass>, IComparable
{
    private readonly decimal _kilograms;

    private Mass(decimal kilograms) => _kilograms = kilograms;

    /// <summary>Zero.</summary>
    public static Mass Zero => default;

    /// <summary>The amount in kilograms.</summary>
    public decimal Kilograms => _kilograms;

    /// <summary>Creates the amount from a value in kilograms.</summary>
    public static Mass FromKilograms(decimal kilograms) => new(kilograms);

    /// <summary>Creates the amount from a value in <paramref name="unit"/>, which must be of dimension Mass.</summary>
    /// <exception cref="ArgumentException">The unit measures something else.</exception>
    public static Mass From(decimal value, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Dimension != Dimension.Mass)
        {
            throw new ArgumentException($"{unit.Key} is not a unit of Mass.", nameof(unit));
        }

        return new(value * unit.ToBase);
    }

    /// <summary>The amount expressed in <paramref name="unit"/>.</summary>
    public decimal In(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Dimension != Dimension.Mass)
        {
            throw new ArgumentException($"{unit.Key} is not a unit of Mass.", nameof(unit));
        }

        return _kilograms / unit.ToBase;
    }

    public static Mass operator +(Mass left, Mass right) => new(left._kilograms + right._kilograms);

    public static Mass operator -(Mass left, Mass right) => new(left._kilograms - right._kilograms);

    public static Mass operator -(Mass value) => new(-value._kilograms);

    public static Mass operator *(Mass value, decimal factor) => new(value._kilograms * factor);

    public static Mass operator *(decimal factor, Mass value) => new(value._kilograms * factor);

    public static Mass operator /(Mass value, decimal divisor) => new(value._kilograms / divisor);

    public static bool operator ==(Mass left, Mass right) => left._kilograms == right._kilograms;

    public static bool operator !=(Mass left, Mass right) => left._kilograms != right._kilograms;

    public static bool operator <(Mass left, Mass right) => left._kilograms < right._kilograms;

    public static bool operator <=(Mass left, Mass right) => left._kilograms <= right._kilograms;

    public static bool operator >(Mass left, Mass right) => left._kilograms > right._kilograms;

    public static bool operator >=(Mass left, Mass right) => left._kilograms >= right._kilograms;

    public static Mass Add(Mass left, Mass right) => left + right;

    public static Mass Subtract(Mass left, Mass right) => left - right;

    public static Mass Negate(Mass value) => -value;

    public static Mass Multiply(Mass value, decimal factor) => value * factor;

    public static Mass Divide(Mass value, decimal divisor) => value / divisor;

    public bool Equals(Mass other) => _kilograms == other._kilograms;

    public override bool Equals(object? obj) => obj is Mass other && Equals(other);

    public override int GetHashCode() => _kilograms.GetHashCode();

    public int CompareTo(Mass other) => _kilograms.CompareTo(other._kilograms);

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Mass other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Mass.", nameof(obj)),
    };

    public override string ToString() => _kilograms.ToString(CultureInfo.InvariantCulture) + " kg";
}
