using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Cli.Inventories;

/// <summary>
/// The JSON form of an inventory: totals (exact decimals, t CO₂e) and every row with its trace (<see cref="InventoryRowOutput"/>).
/// Scope and category totals are keyed by their number, gas totals by the gas group's name.
/// </summary>
internal sealed record InventoryOutput(
    string FactorSet,
    string FactorSetVersion,
    string Gwp,
    decimal TotalTCo2e,
    long RowCount,
    IReadOnlyDictionary<string, decimal> ByScope,
    IReadOnlyDictionary<string, decimal> ByCategory,
    IReadOnlyDictionary<string, decimal> ByGasTCo2e,
    IReadOnlyList<InventoryOutput.FacilityTotal> Facilities,
    IReadOnlyList<InventoryOutput.SourceTotal> TopSources,
    IReadOnlyList<InventoryRowOutput> Rows)
{
    public static InventoryOutput From(InventoryResult r, FactorSet set) => new(
        set.Id,
        set.Info.Version,
        r.GwpSetId,
        r.Total.Tonnes,
        r.RowCount,
        Tonnes(r.ByScope, key => key.ToString(CultureInfo.InvariantCulture)),
        Tonnes(r.ByCategory, key => key.ToString(CultureInfo.InvariantCulture)),
        Tonnes(r.ByGas, gas => gas.ToString()),
        [.. r.ByFacility.Select(f => new FacilityTotal(f.Key, f.Value.Tonnes))],
        [.. r.TopSources.Select(s => new SourceTotal(s.Facility, s.Source, s.MaterialKey, SourceTypes.Key(s.SourceType), s.Total.Tonnes))],
        [.. r.Rows.Select(InventoryRowOutput.From)]);

    /// <summary>Totals in t CO₂e in the result's order (a <see cref="Dictionary{TKey, TValue}"/> filled once keeps it).</summary>
    private static Dictionary<string, decimal> Tonnes<TKey>(IReadOnlyDictionary<TKey, Co2e> totals, Func<TKey, string> name)
        where TKey : notnull
    {
        var tonnes = new Dictionary<string, decimal>(totals.Count);
        foreach (var (key, value) in totals)
        {
            tonnes.Add(name(key), value.Tonnes);
        }

        return tonnes;
    }

    internal sealed record FacilityTotal(string Facility, decimal TotalTCo2e);

    internal sealed record SourceTotal(string Facility, string Source, string Material, string SourceType, decimal TCo2e);
}
