namespace Tanpan.Web.Features.Products;

/// <summary>
/// A product as typed: code, name, declared unit key or spelling, kg per declared unit, CN and CCC codes, and the stated
/// data-quality ratings (1–5, optional).
/// </summary>
public sealed record ProductRequest(
    string? Code, string? Name, string? DeclaredUnit, decimal? MassKgPerDeclaredUnit, string? CnCode, string? CccCode, int? RowVersion = null)
{
    public decimal? DqrTechnological { get; init; }

    public decimal? DqrTemporal { get; init; }

    public decimal? DqrGeographical { get; init; }
}
