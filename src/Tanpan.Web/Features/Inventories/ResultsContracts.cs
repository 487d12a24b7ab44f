namespace Tanpan.Web.Features.Inventories;

/// <summary>An inventory's results, in kilograms CO₂e, exact (round only to show).</summary>
public sealed record InventoryResults(
    string FactorSetId, string FactorSetVersion, string GwpSetId, decimal TotalKilograms, decimal TotalTonnes,
    IReadOnlyList<ResultTotal> ByScope, IReadOnlyList<ResultTotal> ByCategory, IReadOnlyList<ResultTotal> ByGas,
    IReadOnlyList<ResultTotal> ByFacility, IReadOnlyList<ResultTotal> ByMonth, IReadOnlyList<TopSource> TopSources,
    IReadOnlyList<RowTrace> Rows);

/// <summary>One total; <see cref="Key"/> is the scope, category, gas group, facility name or month (0 = no month).</summary>
public sealed record ResultTotal(string Key, decimal Kilograms);

public sealed record TopSource(string Facility, string Source, string MaterialKey, string MaterialName, string SourceType, decimal Kilograms);

/// <summary>How one activity entry became emissions: the factor (id, set, version), GWP set and kilograms of each gas.</summary>
public sealed record RowTrace(
    Guid EntryId, Guid SourceId, string FactorId, string FactorSetId, string FactorSetVersion, string GwpSetId,
    decimal ConvertedAmount, string ConvertedUnit, string? EquipmentType, IReadOnlyList<GasTrace> Gases, decimal Kilograms);

public sealed record GasTrace(string Species, decimal Kilograms, decimal? Gwp, decimal Co2eKilograms);

/// <summary>Why a stored entry cannot be calculated; sent in the 422's <c>issues</c>.</summary>
public sealed record EntryIssue(Guid? EntryId, string Field, string MessageZh, string MessageEn);
