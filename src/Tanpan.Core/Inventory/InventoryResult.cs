using Tanpan.Core.Gases;
using Tanpan.Core.Units;

namespace Tanpan.Core.Inventory;

/// <summary>
/// An inventory's results: totals by scope (1–3), ISO category (1–6), gas group, facility and month
/// (0 = rows without a month), the largest sources, and the row results with their traces when kept.
/// Every figure is exact; round with <see cref="Rounding"/> only to show it.
/// </summary>
public sealed record InventoryResult(
    string FactorSetId,
    string FactorSetVersion,
    string GwpSetId,
    Co2e Total,
    IReadOnlyDictionary<int, Co2e> ByScope,
    IReadOnlyDictionary<int, Co2e> ByCategory,
    IReadOnlyDictionary<GasGroup, Co2e> ByGas,
    IReadOnlyList<KeyValuePair<string, Co2e>> ByFacility,
    IReadOnlyDictionary<int, Co2e> ByMonth,
    IReadOnlyList<SourceTotal> TopSources,
    long RowCount,
    IReadOnlyList<RowResult> Rows);
