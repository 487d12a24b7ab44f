using System.Globalization;

namespace Tanpan.Core.Units;

/// <summary>
/// A volume, e.g. fuel oil (公秉) or natural gas (立方公尺). An immutable amount held as one <see cref="decimal"/> in cubic metres; <c>default</c> is zero.
/// Negative values are allowed (a correction or a removal); validation of user input happens where it is read.
/// </summary>
public readonly struct Volume : IEquatable<Volume>, IComparable<Volume>, IComparable
{
    private readonly decimal _cubicMetres;

    private Volume(decimal cubicMetres) => _cubicMetres = cubicMetres;

    /// <summary>Zero.</summary>
    public static Volume Zero => default;

    /// <summary>The amount in cubic metres.</summary>
    public decimal CubicMetres => _cubicMetres;

    /// <summary>Creates the amount from a value in cubic metres.</summary>
    public static Volume FromCubicMetres(decimal cubicMetres) => new(cubicMetres);

    /// <summary>Creates the amount from a value in <paramref name="unit"/>, which must be of dimension Volume.</summary>
    /// <exception cref="ArgumentException">The unit measures something else.</exception>
    public static Volume From(decimal value, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Dimension != Dimension.Volume)
        {
            throw new ArgumentException($"{unit.Key} is not a unit of Volume.", nameof(unit));
        }

        return new(value * unit.ToBase);
    }

    /// <summary>The amount expressed in <paramref name="unit"/>.</summary>
    public decimal In(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Dimension != Dimension.Volume)
        {
            throw new ArgumentException($"{unit.Key} is not a unit of Volume.", nameof(unit));
        }

        return _cubicMetres / unit.ToBase;
    }

    public static Volume operator +(Volume left, Volume right) => new(left._cubicMetres + right._cubicMetres);

    public static Volume operator -(Volume left, Volume right) => new(left._cubicMetres - right._cubicMetres);

    public static Volume operator -(Volume value) => new(-value._cubicMetres);

    public static Volume operator *(Volume value, decimal factor) => new(value._cubicMetres * factor);

    public static Volume operator *(decimal factor, Volume value) => new(value._cubicMetres * factor);

    public static Volume operator /(Volume value, decimal divisor) => new(value._cubicMetres / divisor);

    public static bool operator ==(Volume left, Volume right) => left._cubicMetres == right._cubicMetres;

    public static bool operator !=(Volume left, Volume right) => left._cubicMetres != right._cubicMetres;

    public static bool operator <(Volume left, Volume right) => left._cubicMetres < right._cubicMetres;

    public static bool operator <=(Volume left, Volume right) => left._cubicMetres <= right._cubicMetres;

    public static bool operator >(Volume left, Volume right) => left._cubicMetres > right._cubicMetres;

    public static bool operator >=(Volume left, Volume right) => left._cubicMetres >= right._cubicMetres;

    public static Volume Add(Volume left, Volume right) => left + right;

    public static Volume Subtract(Volume left, Volume right) => left - right;

    public static Volume Negate(Volume value) => -value;

    public static Volume Multiply(Volume value, decimal factor) => value * factor;

    public static Volume Divide(Volume value, decimal divisor) => value / divisor;

    public bool Equals(Volume other) => _cubicMetres == other._cubicMetres;

    public override bool Equals(object? obj) => obj is Volume other && Equals(other);

    public override int GetHashCode() => _cubicMetres.GetHashCode();

    public int CompareTo(Volume other) => _cubicMetres.CompareTo(other._cubicMetres);

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Volume other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Volume.", nameof(obj)),
    };

    public override string ToString() => _cubicMetres.ToString(CultureInfo.InvariantCulture) + " m3";
}
