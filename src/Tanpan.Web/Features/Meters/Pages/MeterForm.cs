using System.Globalization;

namespace Tanpan.Web.Features.Meters.Pages;

/// <summary>A meter's settings as typed.</summary>
public sealed class MeterForm
{
    public string? FacilityId { get; set; }

    public string? Name { get; set; }

    public string? EnergyType { get; set; }

    public string? Unit { get; set; }

    public string? Kind { get; set; }

    public string? IntervalMinutes { get; set; }

    public string? RolloverValue { get; set; }

    public string? TariffPlanId { get; set; }

    public string? Voltage { get; set; }

    public string? ContractCapacityKw { get; set; }

    public string? EmissionSourceId { get; set; }

    public string? MaxReadingValue { get; set; }

    /// <summary>The meter's version when the form was shown (hidden field); a save from an older one is refused with 409.</summary>
    public string? Version { get; set; }

    public static MeterForm From(MeterResponse m) => new()
    {
        FacilityId = m.FacilityId.ToString(),
        Name = m.Name,
        EnergyType = m.EnergyType,
        Unit = m.Unit,
        Kind = m.Kind,
        IntervalMinutes = m.IntervalMinutes.ToString(CultureInfo.InvariantCulture),
        RolloverValue = m.RolloverValue?.ToString("0.##########", CultureInfo.InvariantCulture),
        TariffPlanId = m.TariffPlanId,
        Voltage = m.Voltage,
        ContractCapacityKw = m.ContractCapacityKw?.ToString("0.##########", CultureInfo.InvariantCulture),
        EmissionSourceId = m.EmissionSourceId?.ToString(),
        MaxReadingValue = m.MaxReadingValue?.ToString("0.##########", CultureInfo.InvariantCulture),
    };
}
