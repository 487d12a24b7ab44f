namespace Tanpan.Web.Features.ActionPlans.Pages;

/// <summary>A measure's status and figures as typed on its form.</summary>
public sealed class MeasureForm
{
    public string? Status { get; set; }

    public string? Result { get; set; }

    public string? Budget { get; set; }

    public string? PrivateInvestment { get; set; }

    public string? Reduction { get; set; }

    public string? People { get; set; }

    public string? Sessions { get; set; }

    public string? RowVersion { get; set; }
}
