namespace Tanpan.Web.Features.Inventories.Pages.Results;

/// <summary>The results page's small form: the year's output and revenue, as typed (parsed in the page's culture).</summary>
public sealed class IntensityForm
{
    public string? OutputQuantity { get; set; }

    public string? OutputUnit { get; set; }

    public string? RevenueNtd { get; set; }
}
