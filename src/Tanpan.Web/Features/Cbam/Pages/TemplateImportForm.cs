namespace Tanpan.Web.Features.Cbam.Pages;

/// <summary>The fields beside a supplier's template file: which of its products (CN code) and how many tonnes were consumed.</summary>
public sealed class TemplateImportForm
{
    public string? CnCode { get; set; }

    public string? MassT { get; set; }
}
