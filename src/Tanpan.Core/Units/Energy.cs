using System.Globalization;

namespace Tanpan.Core.Units;

/// <summary>
/// An amount of energy, e.g. electricity (度 = kWh) or heat (GJ). An immutable amount held as one <see cref="decimal"/> in megajoules; <c>default</c> is zero.
/// Negative values are allowed (a correction or a removal); validation of user input happens where it is read.
/// </summary>
public readonly struct Energy : IEquatable<Energy>, IComparable<Energy>, IComparable
{
    private readonly decimal _megajoules;

    private Energy(decimal megajoules) => _megajoules = megajoules;

    /// <summary>Zero.</summary>
    public static Energy Zero => default;

    /// <summary>The amount in megajoules.</summary>
    public decimal Megajoules => _megajoules;

    /// <summary>Creates the amount from a value in megajoules.</summary>
    public static Energy FromMegajoules(decimal megajoules) => new(megajoules);

    /// <summary>Creates the amount from a value in <paramref name="unit"/>, which must be of dimension Energy.</summary>
    /// <exception cref="ArgumentException">The unit measures something else.</exception>
    public static Energy From(decimal value, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Dimension != Dimension.Energy)
        {
            throw new ArgumentException($"{unit.Key} is not a unit of Energy.", nameof(unit));
        }

        return new(value * unit.ToBase);
    }

    /// <summary>The amount expressed in <paramref name="unit"/>.</summary>
    public decimal In(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Dimension != Dimension.Energy)
        {
            throw new ArgumentException($"{unit.Key} is not a unit of Energy.", nameof(unit));
        }

        return _megajoules / unit.ToBase;
    }

    public static Energy operator +(Energy left, Energy right) => new(left._megajoules + right._megajoules);

    public static Energy operator -(Energy left, Energy right) => new(left._megajoules - right._megajoules);

    public static Energy operator -(Energy value) => new(-value._megajoules);

    public static Energy operator *(Energy value, decimal factor) => new(value._megajoules * factor);

    public static Energy operator *(decimal factor, Energy value) => new(value._megajoules * factor);

    public static Energy operator /(Energy value, decimal divisor) => new(value._megajoules / divisor);

    public static bool operator ==(Energy left, Energy right) => left._megajoules == right._megajoules;

    public static bool operator !=(Energy left, Energy right) => left._megajoules != right._megajoules;

    public static bool operator <(Energy left, Energy right) => left._megajoules < right._megajoules;

    public static bool operator <=(Energy left, Energy right) => left._megajoules <= right._megajoules;

    public static bool operator >(Energy left, Energy right) => left._megajoules > right._megajoules;

    public static bool operator >=(Energy left, Energy right) => left._megajoules >= right._megajoules;

    public static Energy Add(Energy left, Energy right) => left + right;

    public static Energy Subtract(Energy left, Energy right) => left - right;

    public static Energy Negate(Energy value) => -value;

    public static Energy Multiply(Energy value, decimal factor) => value * factor;

    public static Energy Divide(Energy value, decimal divisor) => value / divisor;

    public bool Equals(Energy other) => _megajoules == other._megajoules;

    public override bool Equals(object? obj) => obj is Energy other && Equals(other);

    public override int GetHashCode() => _megajoules.GetHashCode();

    public int CompareTo(Energy other) => _megajoules.CompareTo(other._megajoules);

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Energy other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Energy.", nameof(obj)),
    };

    public override string ToString() => _megajoules.ToString(CultureInfo.InvariantCulture) + " MJ";
}
