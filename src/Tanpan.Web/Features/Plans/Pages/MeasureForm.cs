namespace Tanpan.Web.Features.Plans.Pages;

/// <summary>A measure to add, as typed: its inputs one <c>key=value</c> a line (the keys of <c>tanpan measure evaluate</c>).</summary>
public sealed class MeasureForm
{
    public string? Kind { get; set; }

    public string? Label { get; set; }

    public string? StartYear { get; set; }

    public string? LifetimeYears { get; set; } = "10";

    public string? Parameters { get; set; }
}
