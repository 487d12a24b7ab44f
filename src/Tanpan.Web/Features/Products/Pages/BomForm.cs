namespace Tanpan.Web.Features.Products.Pages;

/// <summary>A BOM line as typed on the product page.</summary>
public sealed class BomForm
{
    public string? Material { get; set; }

    public string? QuantityPerUnit { get; set; }

    public string? Unit { get; set; } = "kg";

    public string? SourceKind { get; set; } = BomSourceKinds.Secondary;

    public string? KgCo2ePerUnit { get; set; }

    public string? FactorSource { get; set; }

    public string? FactorVersion { get; set; }

    public string? PrimaryDataShare { get; set; }

    public string? ComponentProductId { get; set; }
}
