namespace Tanpan.Web.Features.Cbam.Pages;

/// <summary>A precursor line as typed on the good page.</summary>
public sealed class PrecursorForm
{
    public string? CnCode { get; set; }

    public string? MassT { get; set; }

    public string? Source { get; set; } = PrecursorSources.Default;

    public string? OwnGoodId { get; set; }

    public string? SeeDirect { get; set; }

    public string? SeeIndirect { get; set; }

    public string? Supplier { get; set; }
}
