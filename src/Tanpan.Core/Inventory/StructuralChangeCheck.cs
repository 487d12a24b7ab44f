namespace Tanpan.Core.Inventory;

/// <summary>
/// Structural change since the base year (<c>GET /inventories/{id}/base-year</c>): the base year (null when none is
/// set, or when this inventory is the base year), its total (kg CO₂e), the facilities added or removed with their
/// emissions and share of the base-year total (percent), the summed share and whether it is above
/// the threshold (<c>thresholdPercent</c>), which calls for a recalculation of the base year.
/// </summary>
public sealed record StructuralChangeCheck(
    Guid? BaseYearId, int? BaseYear, decimal BaseYearKilograms, decimal ThresholdPercent, IReadOnlyList<FacilityChange> Facilities,
    decimal ChangedSharePercent, bool RecalculationRequired);
