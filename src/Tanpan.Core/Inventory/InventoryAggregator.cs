using Tanpan.Core.Gases;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Core.Inventory;

/// <summary>Adds row results into the totals of an <see cref="InventoryResult"/>, one row at a time (streaming).</summary>
public sealed class InventoryAggregator(InventoryOptions options, string factorSetId, string factorSetVersion)
{
    private readonly decimal[] _byScope = new decimal[4];
    private readonly decimal[] _byCategory = new decimal[7];
    private readonly decimal[] _byGas = new decimal[Enum.GetValues<GasGroup>().Length];
    private readonly decimal[] _byMonth = new decimal[13];
    private readonly Dictionary<string, decimal> _byFacility = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Facility, string Source, string Material, SourceType Type), (decimal Kg, int Rows, string Name)> _bySource = [];
    private readonly List<RowResult> _rows = [];
    private decimal _total;
    private long _count;

    public void Add(RowResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var kg = result.Total.Kilograms;
        var row = result.Row;
        _total += kg;
        _count++;
        _byScope[result.Scope] += kg;
        _byCategory[result.Category] += kg;
        _byMonth[row.Month ?? 0] += kg;
        foreach (var gas in result.Gases)
        {
            // Already-CO₂e factors (grid electricity) carry one CO2 entry; gases outside the seven are refused upstream.
            var group = GasSpecies.GroupOf(gas.Species) ?? GasGroup.CO2;
            _byGas[(int)group] += gas.Co2e.Kilograms;
        }

        ref var facility = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_byFacility, row.Facility, out _);
        facility += kg;
        var sourceKey = (row.Facility, row.Source ?? row.Equipment ?? row.Process ?? "", row.Material.Key, row.SourceType);
        ref var source = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_bySource, sourceKey, out var existed);
        source = (source.Kg + kg, source.Rows + 1, existed ? source.Name : row.Material.NameZh);
        if (options.KeepRows)
        {
            _rows.Add(result);
        }
    }

    public InventoryResult Build()
    {
        static IReadOnlyDictionary<int, Co2e> Range(decimal[] values, int from) =>
            Enumerable.Range(from, values.Length - from).ToDictionary(i => i, i => Co2e.FromKilograms(values[i]));

        var top = _bySource
            .OrderByDescending(s => s.Value.Kg)
            .ThenBy(s => s.Key.Facility, StringComparer.Ordinal)
            .ThenBy(s => s.Key.Source, StringComparer.Ordinal)
            .Take(options.TopSources)
            .Select(s => new SourceTotal(s.Key.Facility, s.Key.Source, s.Key.Material, s.Value.Name, s.Key.Type, Co2e.FromKilograms(s.Value.Kg), s.Value.Rows))
            .ToList();
        return new InventoryResult(
            factorSetId,
            factorSetVersion,
            options.GwpSetId,
            Co2e.FromKilograms(_total),
            Range(_byScope, 1),
            Range(_byCategory, 1),
            Enum.GetValues<GasGroup>().ToDictionary(g => g, g => Co2e.FromKilograms(_byGas[(int)g])),
            _byFacility.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => KeyValuePair.Create(f.Key, Co2e.FromKilograms(f.Value))).ToList(),
            Range(_byMonth, 0),
            top,
            _count,
            _rows);
    }
}
