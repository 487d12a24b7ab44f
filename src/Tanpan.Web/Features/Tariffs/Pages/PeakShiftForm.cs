namespace Tanpan.Web.Features.Tariffs.Pages;

/// <summary>The peak-shift simulator's form as typed; shares are fractions (0.8) of the moved energy.</summary>
public sealed class PeakShiftForm
{
    public string? Plan { get; set; } = "three_stage_2023_example";

    public string? Voltage { get; set; } = "high";

    public string? Season { get; set; } = "summer";

    public string? Day { get; set; } = "weekday";

    public string? Kwh { get; set; }

    public string? From { get; set; } = "peak";

    public string? SharePeak { get; set; }

    public string? ShareSemiPeak { get; set; } = "0.8";

    public string? ShareOffPeak { get; set; } = "0.2";
}
