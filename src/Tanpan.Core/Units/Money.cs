using System.Globalization;

namespace Tanpan.Core.Units;

/// <summary>
/// An amount of money in New Taiwan dollars (NT$). An immutable amount held as one <see cref="decimal"/> in New Taiwan dollars; <c>default</c> is zero.
/// Negative values are allowed (a correction or a removal); validation of user input happens where it is read.
/// </summary>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    private readonly decimal _dollars;

    private Money(decimal dollars) => _dollars = dollars;

    /// <summary>Zero.</summary>
    public static Money Zero => default;

    /// <summary>The amount in New Taiwan dollars.</summary>
    public decimal Dollars => _dollars;

    /// <summary>Creates the amount from a value in New Taiwan dollars.</summary>
    public static Money FromDollars(decimal dollars) => new(dollars);

    /// <summary>Creates the amount from a value in <paramref name="unit"/>, which must be of dimension Money.</summary>
    /// <exception cref="ArgumentException">The unit measures something else.</exception>
    public static Money From(decimal value, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Dimension != Dimension.Money)
        {
            throw new ArgumentException($"{unit.Key} is not a unit of Money.", nameof(unit));
        }

        return new(value * unit.ToBase);
    }

    /// <summary>The amount expressed in <paramref name="unit"/>.</summary>
    public decimal In(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Dimension != Dimension.Money)
        {
            throw new ArgumentException($"{unit.Key} is not a unit of Money.", nameof(unit));
        }

        return _dollars / unit.ToBase;
    }

    public static Money operator +(Money left, Money right) => new(left._dollars + right._dollars);

    public static Money operator -(Money left, Money right) => new(left._dollars - right._dollars);

    public static Money operator -(Money value) => new(-value._dollars);

    public static Money operator *(Money value, decimal factor) => new(value._dollars * factor);

    public static Money operator *(decimal factor, Money value) => new(value._dollars * factor);

    public static Money operator /(Money value, decimal divisor) => new(value._dollars / divisor);

    public static bool operator ==(Money left, Money right) => left._dollars == right._dollars;

    public static bool operator !=(Money left, Money right) => left._dollars != right._dollars;

    public static bool operator <(Money left, Money right) => left._dollars < right._dollars;

    public static bool operator <=(Money left, Money right) => left._dollars <= right._dollars;

    public static bool operator >(Money left, Money right) => left._dollars > right._dollars;

    public static bool operator >=(Money left, Money right) => left._dollars >= right._dollars;

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public static Money Negate(Money value) => -value;

    public static Money Multiply(Money value, decimal factor) => value * factor;

    public static Money Divide(Money value, decimal divisor) => value / divisor;

    public bool Equals(Money other) => _dollars == other._dollars;

    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    public override int GetHashCode() => _dollars.GetHashCode();

    public int CompareTo(Money other) => _dollars.CompareTo(other._dollars);

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Money.", nameof(obj)),
    };

    public override string ToString() => _dollars.ToString(CultureInfo.InvariantCulture) + " NTD";
}
