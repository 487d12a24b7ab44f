namespace Tanpan.Core.Units;

/// <summary>
/// A unit of measure: a canonical key (e.g. <c>kWh</c>), its dimension and the factor that turns one
/// of it into the dimension's base unit (kg, m³, MJ, person-hour, NT$).
/// </summary>
/// <param name="Key">Canonical key, as written in factor tables and traces.</param>
/// <param name="Dimension">The dimension; conversions never cross it.</param>
/// <param name="ToBase">How many base units one of this unit is (exact decimal).</param>
/// <param name="NameZh">Traditional Chinese name as printed on bills.</param>
public sealed record Unit(string Key, Dimension Dimension, decimal ToBase, string NameZh)
{
    /// <summary>Converts <paramref name="amount"/> of this unit into <paramref name="target"/>.</summary>
    /// <exception cref="InvalidOperationException">The dimensions differ.</exception>
    public decimal ConvertTo(decimal amount, Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Dimension != Dimension)
        {
            throw new InvalidOperationException($"Cannot convert {Key} ({Dimension}) to {target.Key} ({target.Dimension}).");
        }

        return ReferenceEquals(this, target) || ToBase == target.ToBase ? amount : amount * ToBase / target.ToBase;
    }

    public override string ToString() => Key;
}
