namespace Tanpan.Core.Products;

/// <summary>The organisation's product data a footprint calculation reads, besides the inventory.</summary>
public sealed record ProductData(
    IReadOnlyList<Product> Products,
    IReadOnlyList<ProductOutput> Outputs,
    IReadOnlyList<BomLine> Bom,
    IReadOnlyList<ProcessAssignment> Assignments)
{
    /// <summary>Per-unit values for stages after the gate, supplied by the user.</summary>
    public IReadOnlyList<DownstreamValue> Downstream { get; init; } = [];
}
