namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// An inventory's results, in kilograms CO₂e, exact (round only to show). <see cref="Sources"/> are the
/// emission sources largest first (the hotspots); <see cref="Factors"/> the factors the rows used, once each.
/// </summary>
public sealed record InventoryResults(
    string FactorSetId, string FactorSetVersion, string GwpSetId, decimal TotalKilograms, decimal TotalTonnes,
    IReadOnlyList<ResultTotal> ByScope, IReadOnlyList<ResultTotal> ByCategory, IReadOnlyList<ResultTotal> ByGas,
    IReadOnlyList<ResultTotal> ByFacility, IReadOnlyList<ResultTotal> ByMonth, IReadOnlyList<TopSource> TopSources,
    IReadOnlyList<RowTrace> Rows, IReadOnlyList<SourceResult> Sources, IReadOnlyList<FactorTrace> Factors);

/// <summary>
/// What <c>GET /inventories/{id}/results</c> answers: <see cref="InventoryResults"/> without the row traces, with
/// <see cref="RowCount"/> (the traces are paged by <c>GET /inventories/{id}/results/rows</c>).
/// </summary>
public sealed record ResultsSummary(
    string FactorSetId, string FactorSetVersion, string GwpSetId, decimal TotalKilograms, decimal TotalTonnes,
    IReadOnlyList<ResultTotal> ByScope, IReadOnlyList<ResultTotal> ByCategory, IReadOnlyList<ResultTotal> ByGas,
    IReadOnlyList<ResultTotal> ByFacility, IReadOnlyList<ResultTotal> ByMonth, IReadOnlyList<TopSource> TopSources,
    int RowCount, IReadOnlyList<SourceResult> Sources, IReadOnlyList<FactorTrace> Factors)
{
    public static ResultsSummary Of(InventoryResults r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.FactorSetId, r.FactorSetVersion, r.GwpSetId, r.TotalKilograms, r.TotalTonnes, r.ByScope, r.ByCategory, r.ByGas,
            r.ByFacility, r.ByMonth, r.TopSources, r.Rows.Count, r.Sources, r.Factors);
    }
}

/// <summary>
/// One page of an inventory's row traces (<c>GET /inventories/{id}/results/rows</c>), in the calculation's order
/// (by entry id); <see cref="TotalRows"/> over all pages.
/// </summary>
public sealed record ResultRowsPage(int Page, int PageSize, int TotalRows, int TotalPages, IReadOnlyList<RowTrace> Rows);

/// <summary>One total; <see cref="Key"/> is the scope, category, gas group, facility name or month (0 = no month).</summary>
public sealed record ResultTotal(string Key, decimal Kilograms);

public sealed record TopSource(string Facility, string Source, string MaterialKey, string MaterialName, string SourceType, decimal Kilograms);

/// <summary>The emissions of one emission source (register row), summed over its entries.</summary>
public sealed record SourceResult(
    Guid SourceId, string Facility, string? Process, string? Equipment, string MaterialKey, string MaterialName, string SourceType,
    int Scope, int Category, decimal Kilograms);

/// <summary>
/// How one activity entry became emissions: the entry as typed (year, month, amount, unit), the amount in the
/// factor's unit, the factor (id, set, version; details in <see cref="InventoryResults.Factors"/>), the GWP set,
/// kilograms of each gas and the CO₂e total.
/// </summary>
public sealed record RowTrace(
    Guid EntryId, Guid SourceId, string FactorId, string FactorSetId, string FactorSetVersion, string GwpSetId,
    decimal ConvertedAmount, string ConvertedUnit, string? EquipmentType, IReadOnlyList<GasTrace> Gases, decimal Kilograms,
    int Scope, int Category, string Facility, int Year, int? Month, decimal Amount, string Unit);

public sealed record GasTrace(string Species, decimal KgPerUnit, decimal Kilograms, decimal? Gwp, decimal Co2eKilograms);

/// <summary>A factor used by the results, with its provenance: origin (Shipped, Supplier, SelfMeasured) and source text.</summary>
public sealed record FactorTrace(
    string Id, string SetId, string SetVersion, string Unit, bool IsCo2e, string Origin, string Source, int? Year);

/// <summary>Why a stored entry cannot be calculated; sent in the 422's <c>issues</c>.</summary>
/// <remarks><see cref="Source"/> (facility · process, equipment or material) and <see cref="Period"/> (<c>2021-03</c>, <c>2021</c>) say which entry, so the user can find it.</remarks>
public sealed record EntryIssue(Guid? EntryId, Guid? SourceId, string Field, string MessageZh, string MessageEn, string? Source = null, string? Period = null);
