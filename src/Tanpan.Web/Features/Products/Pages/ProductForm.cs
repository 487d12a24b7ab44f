namespace Tanpan.Web.Features.Products.Pages;

/// <summary>A product as typed on the product form.</summary>
public sealed class ProductForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? DeclaredUnit { get; set; } = "piece";

    public string? MassKgPerDeclaredUnit { get; set; }

    public string? CnCode { get; set; }

    public string? CccCode { get; set; }

    public string? DqrTechnological { get; set; }

    public string? DqrTemporal { get; set; }

    public string? DqrGeographical { get; set; }

    public string? RowVersion { get; set; }
}
