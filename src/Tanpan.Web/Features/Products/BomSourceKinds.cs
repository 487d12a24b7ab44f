namespace Tanpan.Web.Features.Products;

/// <summary>Where a BOM line's footprint comes from (stored in <c>ProductBomLines.SourceKind</c>; Core's <c>BomSource</c> cases).</summary>
public static class BomSourceKinds
{
    /// <summary>A supplier's product footprint (e.g. received through PACT).</summary>
    public const string Supplier = "supplier";

    /// <summary>A secondary factor from a database with its version.</summary>
    public const string Secondary = "secondary";

    /// <summary>Another product of the same organisation, rolled up.</summary>
    public const string Product = "product";

    public static IReadOnlyList<string> All { get; } = [Supplier, Secondary, Product];
}
