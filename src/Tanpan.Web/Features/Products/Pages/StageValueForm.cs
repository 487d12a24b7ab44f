namespace Tanpan.Web.Features.Products.Pages;

/// <summary>A value for a stage after the gate, as typed.</summary>
public sealed class StageValueForm
{
    public string? Stage { get; set; } = "distribution";

    public string? KgCo2ePerUnit { get; set; }

    public string? Source { get; set; }
}
