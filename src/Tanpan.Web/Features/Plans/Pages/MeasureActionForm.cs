namespace Tanpan.Web.Features.Plans.Pages;

/// <summary>An action on one measure of the plan: mark it implemented on a date, or remove it.</summary>
public sealed class MeasureActionForm
{
    public string? MeasureId { get; set; }

    public string? ImplementedOn { get; set; }

    /// <summary><c>implement</c> or <c>remove</c>, from the button pressed.</summary>
    public string? Command { get; set; }
}
