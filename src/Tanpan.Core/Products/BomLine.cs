namespace Tanpan.Core.Products;

/// <summary>
/// One line of a product's bill of materials: <see cref="QuantityPerUnit"/> of a material in <see cref="Unit"/> per
/// declared unit of the parent, and where the material's footprint comes from (<see cref="BomSource"/>). Its
/// contribution goes to the 原料取得 stage (ISO 14067:2018 §6.3.5, raw-material acquisition).
/// </summary>
/// <param name="ParentCode">The product whose BOM this line is part of.</param>
/// <param name="Material">Material name as the organisation writes it.</param>
/// <param name="QuantityPerUnit">Gross quantity per declared unit of the parent (losses included), ≥ 0.</param>
/// <param name="Unit">The unit of <see cref="QuantityPerUnit"/>.</param>
/// <param name="Source">Supplier PCF, secondary factor, or another product of the organisation.</param>
public sealed record BomLine(string ParentCode, string Material, decimal QuantityPerUnit, DeclaredUnit Unit, BomSource Source)
{
    /// <summary>The line in the BOM file (header = 1), or 0 when not read from a file.</summary>
    public int Line { get; init; }
}
