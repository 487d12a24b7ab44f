namespace Tanpan.Web.Features.Products;

/// <summary>
/// A BOM line as typed: material, quantity per declared unit and its unit, and the footprint source
/// (<see cref="BomSourceKinds"/>): a factor with its supplier or database and version, or another product.
/// </summary>
public sealed record BomLineRequest(
    string? Material, decimal? QuantityPerUnit, string? Unit, string? SourceKind, decimal? KgCo2ePerUnit, string? FactorSource, string? FactorVersion,
    decimal? PrimaryDataShare, Guid? ComponentProductId);
