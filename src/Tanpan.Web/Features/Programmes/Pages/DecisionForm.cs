namespace Tanpan.Web.Features.Programmes.Pages;

/// <summary>The officer's decision as posted on the application page: which request, which action and its details.</summary>
public sealed class DecisionForm
{
    public string? RequestId { get; set; }

    /// <summary>approve, wait-list, reject or bureau (the button pressed).</summary>
    public string? Action { get; set; }

    public string? Reason { get; set; }

    public string? BureauApprovedOn { get; set; }

    public string? BureauReference { get; set; }
}
