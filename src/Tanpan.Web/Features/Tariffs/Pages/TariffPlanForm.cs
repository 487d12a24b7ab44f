namespace Tanpan.Web.Features.Tariffs.Pages;

/// <summary>A plan's CSV as typed in the text area (a chosen file, field <c>file</c>, takes its place).</summary>
public sealed class TariffPlanForm
{
    public string? Csv { get; set; }
}
