namespace Tanpan.Web.Data.Entities;

/// <summary>
/// An energy meter (電表、瓦斯表、水表 …) of a facility. Readings arrive from gateways
/// (<see cref="MeterReading"/>); a meter linked to an emission source feeds that source's monthly activity data.
/// </summary>
public sealed class Meter : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid FacilityId { get; set; }

    public Facility? Facility { get; set; }

    /// <summary>Unique within the organisation: gateways may name the meter instead of giving its id.</summary>
    public required string Name { get; set; }

    /// <summary>One of <see cref="MeterValues.EnergyTypes"/>: electricity, natural_gas, water, steam, fuel.</summary>
    public required string EnergyType { get; set; }

    /// <summary>The unit as the meter reports (kWh, m3 …); readings' quantities are in it.</summary>
    public required string Unit { get; set; }

    /// <summary><see cref="MeterValues.Interval"/> (each reading is the consumption of its interval) or <see cref="MeterValues.Cumulative"/> (a register).</summary>
    public required string Kind { get; set; }

    /// <summary>Length of one interval in minutes (e.g. 15); readings are expected once per interval.</summary>
    public int IntervalMinutes { get; set; }

    /// <summary>For a cumulative register: the value at which it wraps to zero (e.g. 100000); null = a drop is a reset.</summary>
    public decimal? RolloverValue { get; set; }

    /// <summary>A shipped plan's id (<c>Tanpan.Core.Tariffs</c>), the <see cref="OrganisationTariffPlan.PlanId"/> of one of the organisation's own plans, or null.</summary>
    public string? TariffPlanId { get; set; }

    /// <summary>low, high or extra-high (<see cref="MeterValues.Voltages"/>), or null.</summary>
    public string? Voltage { get; set; }

    public decimal? ContractCapacityKw { get; set; }

    /// <summary>
    /// The largest plausible reading in <see cref="Unit"/> (an interval's quantity, or a register), or null for the
    /// default of <c>Features.Meters.ReadingBounds</c> (from the contract capacity and interval); never above its ceiling.
    /// </summary>
    public decimal? MaxReadingValue { get; set; }

    /// <summary>The inventory's emission source whose monthly activity data this meter supplies, or null.</summary>
    public Guid? EmissionSourceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}

/// <summary>The allowed values of <see cref="Meter"/>'s string fields.</summary>
public static class MeterValues
{
    public const string Interval = "interval";
    public const string Cumulative = "cumulative";

    public static readonly IReadOnlyList<string> EnergyTypes = ["electricity", "natural_gas", "water", "steam", "fuel"];

    public static readonly IReadOnlyList<string> Kinds = [Interval, Cumulative];

    public static readonly IReadOnlyList<string> Voltages = ["low", "high", "extra-high"];
}
