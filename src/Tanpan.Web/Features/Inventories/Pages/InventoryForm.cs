namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>An inventory year's settings as typed (text, so a bad number is shown back as typed).</summary>
public sealed class InventoryForm
{
    public string? Year { get; set; }

    public string? Boundary { get; set; }

    public string? PeriodStart { get; set; }

    public string? PeriodEnd { get; set; }

    public string? FactorSetId { get; set; }

    public string? GwpSetId { get; set; }

    public bool IsBaseYear { get; set; }

    /// <summary>The inventory's version when the settings form was shown (hidden field); a save from an older one is refused with 409.</summary>
    public string? Version { get; set; }
}
