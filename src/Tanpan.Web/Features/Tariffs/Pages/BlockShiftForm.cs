namespace Tanpan.Web.Features.Tariffs.Pages;

/// <summary>The load-block form as typed: kW, windows as HH:mm-HH:mm, days.</summary>
public sealed class BlockShiftForm
{
    public string? Plan { get; set; } = "high_voltage_three_stage";

    public string? Voltage { get; set; }

    public string? Season { get; set; } = "summer";

    public string? Day { get; set; } = "weekday";

    public string? Kw { get; set; }

    public string? Window { get; set; } = "22:00-24:00";

    public string? ToWindow { get; set; } = "00:00-02:00";

    public string? Days { get; set; } = "22";
}
