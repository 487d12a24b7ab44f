namespace Tanpan.Core.Products;

/// <summary>
/// Choices of a footprint calculation. <see cref="Key"/> is the key for what direct assignment leaves
/// (<see cref="AllocationKey.Mass"/> by default; <see cref="AllocationKey.Economic"/> when chosen, and also used when the
/// physical key is missing for a facility's products: ISO 14044:2006 §4.3.4.2 step 3). <see cref="ProductionCategories"/>
/// are the ISO 14064-1 categories whose rows form 製造 (1 and 2 by default; category 4, purchased goods, is replaced by
/// the BOM and never counted twice: docs/product-footprints.md).
/// </summary>
public sealed record FootprintOptions
{
    public AllocationKey Key { get; init; } = AllocationKey.Mass;

    /// <summary>The name of the other physical key (with <see cref="AllocationKey.OtherPhysical"/>), e.g. "machine hours".</summary>
    public string? OtherPhysicalName { get; init; }

    /// <summary>The inventory year; null takes the year of the rows (one year only).</summary>
    public int? Year { get; init; }

    public IReadOnlySet<int> ProductionCategories { get; init; } = new HashSet<int> { 1, 2 };
}
