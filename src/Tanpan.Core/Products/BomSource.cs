namespace Tanpan.Core.Products;

/// <summary>Where a BOM line's footprint comes from: one of <see cref="SupplierPcf"/>, <see cref="SecondaryFactor"/> or <see cref="OwnProduct"/>.</summary>
public abstract record BomSource
{
    private protected BomSource()
    {
    }

    /// <summary>
    /// A product footprint received from the supplier (e.g. through PACT): kg CO₂e per <paramref name="Unit"/>.
    /// <paramref name="PrimaryDataShare"/> is the supplier's stated primary-data share in percent (0–100), or null (then 0).
    /// </summary>
    public sealed record SupplierPcf(decimal KgCo2ePerUnit, DeclaredUnit Unit, string Supplier, string? FootprintId, decimal? PrimaryDataShare = null) : BomSource;

    /// <summary>A secondary (database) factor: kg CO₂e per <paramref name="Unit"/> from <paramref name="Database"/> <paramref name="Version"/>.</summary>
    public sealed record SecondaryFactor(decimal KgCo2ePerUnit, DeclaredUnit Unit, string Database, string Version) : BomSource;

    /// <summary>Another product of the same organisation; its cradle-to-gate footprint per declared unit is rolled up.</summary>
    public sealed record OwnProduct(string ProductCode) : BomSource;
}
