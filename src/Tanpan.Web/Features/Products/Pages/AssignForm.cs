namespace Tanpan.Web.Features.Products.Pages;

/// <summary>A process (posted as "facility id|process name") and the product it serves.</summary>
public sealed class AssignForm
{
    public string? Process { get; set; }

    public string? ProductId { get; set; }
}
