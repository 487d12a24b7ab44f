namespace Tanpan.Core.Products;

/// <summary>Either every product's footprint (no issues) or the issues (no footprints): nothing is half computed.</summary>
public sealed record FootprintOutcome(IReadOnlyList<ProductFootprint> Footprints, IReadOnlyList<ProductIssue> Issues)
{
    public bool Succeeded => Issues.Count == 0;
}
