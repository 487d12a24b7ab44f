namespace Tanpan.Web.Features.Planning.Pages;

/// <summary>The carbon-fee form as typed (text, so a bad number is shown back as it was).</summary>
public sealed class CarbonFeeForm
{
    public string? EmissionsT { get; set; }

    public string? InventoryId { get; set; }

    public string? Rate { get; set; }

    public bool HighLeakage { get; set; }

    public string? Year { get; set; }

    public string? OffsetsT { get; set; }
}
