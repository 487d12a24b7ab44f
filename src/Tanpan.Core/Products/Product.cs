namespace Tanpan.Core.Products;

/// <summary>
/// A product whose footprint is calculated, per <see cref="DeclaredUnit"/> (ISO 14067:2018 §6.3.3).
/// <see cref="MassKgPerUnit"/> is the mass of one declared unit (PACT <c>productMassPerDeclaredUnit</c>, kg), used by
/// mass allocation; for kg and t it must be 1 and 1000.
/// </summary>
/// <param name="Code">The organisation's product code, unique (compared ignoring case and width).</param>
/// <param name="Name">Product name as the organisation writes it.</param>
/// <param name="DeclaredUnit">The unit the footprint is per.</param>
/// <param name="MassKgPerUnit">Kilograms per declared unit, ≥ 0 (0 only for products without mass, e.g. kWh).</param>
public sealed record Product(string Code, string Name, DeclaredUnit DeclaredUnit, decimal MassKgPerUnit)
{
    /// <summary>EU Combined Nomenclature code (8 digits), or null.</summary>
    public string? CnCode { get; init; }

    /// <summary>Taiwan CCC code (中華民國海關進口稅則輸出入貨品分類號列, 11 digits), or null.</summary>
    public string? CccCode { get; init; }

    /// <summary>PACT data-quality ratings the organisation states for this product (1 best – 5 worst), or null.</summary>
    public DataQualityRatings? StatedRatings { get; init; }
}
