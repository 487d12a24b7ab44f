using Tanpan.Core.Units;

namespace Tanpan.Core.Products;

/// <summary>
/// A trace line: what one BOM line adds per declared unit of its parent — the quantity in the footprint's unit,
/// kg CO₂e per unit of that, the result, and the primary-data share that part carries (percent).
/// </summary>
public sealed record BomContribution(BomLine Line, decimal Quantity, DeclaredUnit FactorUnit, decimal KgCo2ePerUnit, Co2e PerUnit, decimal PrimaryDataShare)
{
    /// <summary>In words: the supplier and footprint id, the database and version, or the product code.</summary>
    public string Reference => Line.Source switch
    {
        BomSource.SupplierPcf s => s.FootprintId is null ? s.Supplier : $"{s.Supplier} {s.FootprintId}",
        BomSource.SecondaryFactor f => $"{f.Database} {f.Version}",
        BomSource.OwnProduct p => p.ProductCode,
        _ => "",
    };
}
