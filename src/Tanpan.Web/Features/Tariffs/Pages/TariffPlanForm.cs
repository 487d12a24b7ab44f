namespace Tanpan.Web.Features.Tariffs.Pages;

/// <summary>A plan's CSV as typed in the text area (a chosen file, field <c>file</c>, takes its place).</summary>
public sealed class TariffPlanForm
{
    public string? Csv { get; set; }

    /// <summary>The plan's version when the form was shown (hidden field); an upload from an older one is refused with 409.</summary>
    public string? Version { get; set; }
}
