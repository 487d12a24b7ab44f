namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>The sets to move an inventory to, as posted by the recalculation page's preview and apply forms.</summary>
public sealed class RecalculationForm
{
    public string? FactorSetId { get; set; }

    public string? GwpSetId { get; set; }
}
