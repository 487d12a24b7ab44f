using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Tanpan.Core.Units;

/// <summary>
/// An immutable amount of one kind — <c>Quantity&lt;Mass&gt;</c>, <c>Quantity&lt;Volume&gt;</c>,
/// <c>Quantity&lt;Energy&gt;</c>, <c>Quantity&lt;Money&gt;</c> — held as one <see cref="decimal"/> in the
/// kind's base unit (kg, m³, MJ, NT$). <c>default</c> is zero. Amounts of different kinds are
/// different types, so a volume can never be added to a mass. Negative values are allowed (a
/// correction); user input is validated where it is read.
/// </summary>
/// <typeparam name="TKind">The kind, which names its dimension and base unit.</typeparam>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types",
    Justification = "The kind is always written at the call site (Quantity<Mass>.From), which is the point of the type.")]
public readonly struct Quantity<TKind> : IEquatable<Quantity<TKind>>, IComparable<Quantity<TKind>>, IComparable
    where TKind : IQuantityKind
{
    private readonly decimal _value;

    private Quantity(decimal value) => _value = value;

    public static Quantity<TKind> Zero => default;

    /// <summary>The amount in the kind's base unit (<see cref="IQuantityKind.BaseUnit"/>).</summary>
    public decimal BaseValue => _value;

    /// <summary>Creates the amount from a value in the base unit.</summary>
    public static Quantity<TKind> FromBase(decimal value) => new(value);

    /// <summary>Creates the amount from a value in <paramref name="unit"/>, which must be of this kind's dimension.</summary>
    /// <exception cref="ArgumentException">The unit measures something else.</exception>
    public static Quantity<TKind> From(decimal value, Unit unit) => new(value * Check(unit).ToBase);

    /// <summary>The amount expressed in <paramref name="unit"/>.</summary>
    public decimal In(Unit unit) => _value / Check(unit).ToBase;

    public static Quantity<TKind> operator +(Quantity<TKind> left, Quantity<TKind> right) => new(left._value + right._value);

    public static Quantity<TKind> operator -(Quantity<TKind> left, Quantity<TKind> right) => new(left._value - right._value);

    public static Quantity<TKind> operator -(Quantity<TKind> value) => new(-value._value);

    public static Quantity<TKind> operator *(Quantity<TKind> value, decimal factor) => new(value._value * factor);

    public static Quantity<TKind> operator *(decimal factor, Quantity<TKind> value) => new(value._value * factor);

    public static Quantity<TKind> operator /(Quantity<TKind> value, decimal divisor) => new(value._value / divisor);

    public static bool operator ==(Quantity<TKind> left, Quantity<TKind> right) => left._value == right._value;

    public static bool operator !=(Quantity<TKind> left, Quantity<TKind> right) => left._value != right._value;

    public static bool operator <(Quantity<TKind> left, Quantity<TKind> right) => left._value < right._value;

    public static bool operator <=(Quantity<TKind> left, Quantity<TKind> right) => left._value <= right._value;

    public static bool operator >(Quantity<TKind> left, Quantity<TKind> right) => left._value > right._value;

    public static bool operator >=(Quantity<TKind> left, Quantity<TKind> right) => left._value >= right._value;

    public static Quantity<TKind> Add(Quantity<TKind> left, Quantity<TKind> right) => left + right;

    public static Quantity<TKind> Subtract(Quantity<TKind> left, Quantity<TKind> right) => left - right;

    public static Quantity<TKind> Negate(Quantity<TKind> value) => -value;

    public static Quantity<TKind> Multiply(Quantity<TKind> value, decimal factor) => value * factor;

    public static Quantity<TKind> Divide(Quantity<TKind> value, decimal divisor) => value / divisor;

    public bool Equals(Quantity<TKind> other) => _value == other._value;

    public override bool Equals(object? obj) => obj is Quantity<TKind> other && Equals(other);

    public override int GetHashCode() => _value.GetHashCode();

    public int CompareTo(Quantity<TKind> other) => _value.CompareTo(other._value);

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Quantity<TKind> other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be a quantity of {TKind.Dimension}.", nameof(obj)),
    };

    public override string ToString() => _value.ToString(CultureInfo.InvariantCulture) + " " + TKind.BaseUnit.Key;

    private static Unit Check(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Dimension == TKind.Dimension ? unit : throw new ArgumentException($"{unit.Key} is not a unit of {TKind.Dimension}.", nameof(unit));
    }
}
