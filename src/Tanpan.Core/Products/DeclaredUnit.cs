using Tanpan.Core.Text;

namespace Tanpan.Core.Products;

/// <summary>
/// The unit a product footprint is declared per (ISO 14067:2018 §3.1.1.5 declared unit; PACT
/// <c>declaredUnitOfMeasurement</c>). Units of one dimension convert through <see cref="ToBase"/> (kg, m³, MJ);
/// a piece and a square metre convert to nothing else.
/// </summary>
/// <param name="Key">Canonical key as written in Tanpan's CSV files: piece, kg, t, m2, kWh, L, m3, MJ.</param>
/// <param name="NameZh">Traditional Chinese name (件, 公斤 …).</param>
/// <param name="NameEn">English name.</param>
/// <param name="Dimension">What the unit measures; units convert only within one dimension.</param>
/// <param name="ToBase">How many base units (kg, m³, MJ, piece, m²) one of this unit is.</param>
/// <param name="PactV3Name">The PACT v3 (3.0) <c>declaredUnitOfMeasurement</c> value.</param>
/// <param name="PactV2Name">The PACT v2 (2.x) <c>declaredUnit</c> value, or null when v2 has none (piece).</param>
/// <param name="PactAmount">
/// How many PACT units one of this unit is: 1, except a tonne, which PACT has no unit for and is written as 1,000 kilogram
/// (<c>declaredUnitAmount</c> / <c>unitaryProductAmount</c> = 1000).
/// </param>
public sealed record DeclaredUnit(
    string Key, string NameZh, string NameEn, DeclaredDimension Dimension, decimal ToBase, string PactV3Name, string? PactV2Name, decimal PactAmount)
{
    public static readonly DeclaredUnit Piece = new("piece", "件", "piece", DeclaredDimension.Count, 1m, "piece", null, 1m);
    public static readonly DeclaredUnit Kilogram = new("kg", "公斤", "kilogram", DeclaredDimension.Mass, 1m, "kilogram", "kilogram", 1m);
    public static readonly DeclaredUnit Tonne = new("t", "公噸", "tonne", DeclaredDimension.Mass, 1000m, "kilogram", "kilogram", 1000m);
    public static readonly DeclaredUnit SquareMetre = new("m2", "平方公尺", "square metre", DeclaredDimension.Area, 1m, "square meter", "square meter", 1m);
    public static readonly DeclaredUnit KilowattHour = new("kWh", "度", "kilowatt hour", DeclaredDimension.Energy, 3.6m, "kilowatt hour", "kilowatt hour", 1m);
    public static readonly DeclaredUnit Litre = new("L", "公升", "litre", DeclaredDimension.Volume, 0.001m, "liter", "liter", 1m);
    public static readonly DeclaredUnit CubicMetre = new("m3", "立方公尺", "cubic metre", DeclaredDimension.Volume, 1m, "cubic meter", "cubic meter", 1m);
    public static readonly DeclaredUnit Megajoule = new("MJ", "百萬焦耳", "megajoule", DeclaredDimension.Energy, 1m, "megajoule", "megajoule", 1m);

    private static readonly Dictionary<string, DeclaredUnit> Spellings = BuildSpellings();

    /// <summary>Every declared unit, in a stable order.</summary>
    public static IReadOnlyList<DeclaredUnit> All { get; } = [Piece, Kilogram, Tonne, SquareMetre, KilowattHour, Litre, CubicMetre, Megajoule];

    /// <summary>Kilograms in one unit for mass units (kg = 1, t = 1000), else null.</summary>
    public decimal? Kilograms => Dimension == DeclaredDimension.Mass ? ToBase : null;

    /// <summary>
    /// The unit for a spelling as typed in CSV files and on the command line: piece|pcs|件|個, kg|公斤, t|公噸|噸,
    /// m2|m²|平方公尺, kWh|度, L|公升, m3|m³|立方公尺, MJ (case, width and spacing ignored); null when unknown.
    /// </summary>
    public static DeclaredUnit? Parse(string? text) =>
        text is not null && Spellings.TryGetValue(TextKey.Normalize(text), out var unit) ? unit : null;

    /// <summary>True when an amount in this unit can be expressed in <paramref name="other"/>.</summary>
    public bool ConvertsTo(DeclaredUnit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Dimension == Dimension;
    }

    /// <summary>Converts <paramref name="amount"/> of this unit into <paramref name="target"/> (exact decimal).</summary>
    /// <exception cref="InvalidOperationException">The units measure different things.</exception>
    public decimal ConvertTo(decimal amount, DeclaredUnit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!ConvertsTo(target))
        {
            throw new InvalidOperationException($"Cannot convert {Key} to {target.Key}.");
        }

        return ToBase == target.ToBase ? amount : amount * ToBase / target.ToBase;
    }

    public override string ToString() => Key;

    private static Dictionary<string, DeclaredUnit> BuildSpellings()
    {
        var map = new Dictionary<string, DeclaredUnit>(StringComparer.Ordinal);
        void Add(DeclaredUnit unit, params string[] spellings)
        {
            foreach (var s in spellings.Append(unit.Key).Append(unit.NameZh).Append(unit.NameEn).Append(unit.PactV3Name))
            {
                map[TextKey.Normalize(s)] = unit;
            }
        }

        Add(Piece, "pcs", "pc", "pieces", "個", "只", "支", "ea", "each");
        Add(Kilogram, "kilograms", "kgs", "千克");
        Add(Tonne, "噸", "tonnes", "ton", "tons", "mt", "metric ton");
        Add(SquareMetre, "m²", "square meter", "平方米", "sqm");
        Add(KilowattHour, "kwh", "kilowatt-hour", "瓩時");
        Add(Litre, "l", "liter", "litres", "liters", "升");
        Add(CubicMetre, "m³", "cubic meter", "立方米", "cbm");
        Add(Megajoule, "megajoules");
        return map;
    }
}
