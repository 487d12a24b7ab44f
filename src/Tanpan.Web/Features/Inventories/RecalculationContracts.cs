namespace Tanpan.Web.Features.Inventories;

/// <summary>The factor and GWP sets to move an inventory to; a null set keeps the inventory's current one.</summary>
public sealed record RecalculationRequest(string? FactorSetId, string? GwpSetId);

/// <summary>
/// What moving an inventory to other sets changes: the total before and after (kg CO₂e), the change in percent of the
/// total before (null when that is zero), and per emission source (largest first by the larger of before and after).
/// <see cref="BaseYearRecalculationRequired"/> when the inventory is the base year and the total changes by more than
/// <see cref="ThresholdPercent"/> (either way).
/// </summary>
public sealed record RecalculationPreview(
    string FromFactorSetId, string FromGwpSetId, string ToFactorSetId, string ToGwpSetId,
    decimal BeforeKilograms, decimal AfterKilograms, decimal ChangeKilograms, decimal? ChangePercent,
    bool IsBaseYear, decimal ThresholdPercent, bool BaseYearRecalculationRequired, IReadOnlyList<SourceChange> Sources);

/// <summary>One source's emissions with the current sets and with the new ones (kg CO₂e).</summary>
public sealed record SourceChange(
    Guid SourceId, string Facility, string? Process, string? Equipment, string MaterialKey, string MaterialName,
    decimal BeforeKilograms, decimal AfterKilograms, decimal ChangeKilograms);
