using Tanpan.Core.Units;

namespace Tanpan.Core.Products;

/// <summary>
/// What one facility produced of one product in one inventory year: <see cref="Quantity"/> good output in
/// declared units (the allocation basis), the sales revenue when economic allocation is used, and the scrap or
/// off-spec quantity for the record (not allocated: see docs/product-footprints.md, "Scrap and off-spec").
/// </summary>
/// <param name="ProductCode">The product's code.</param>
/// <param name="Facility">The facility (廠區) as written in the activity file.</param>
/// <param name="Year">The inventory year.</param>
/// <param name="Quantity">Good output in the product's declared unit, ≥ 0.</param>
public sealed record ProductOutput(string ProductCode, string Facility, int Year, decimal Quantity)
{
    /// <summary>Revenue of this output in NT$ (economic allocation key), or null.</summary>
    public Quantity<Money>? Revenue { get; init; }

    /// <summary>Scrap or off-spec produced besides the good output, in declared units, or null. Gets no allocation.</summary>
    public decimal? Scrap { get; init; }

    /// <summary>The value of a stated other physical key (e.g. machine hours), or null.</summary>
    public decimal? OtherPhysical { get; init; }
}
