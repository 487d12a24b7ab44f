using Tanpan.Core.Gases;
using Tanpan.Core.Inventory.Rollup;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Core.Inventory;

/// <summary>Turns the kernel's per-source, per-gas totals into an <see cref="InventoryResult"/>.</summary>
public static class InventoryResultBuilder
{
    public static InventoryResult Build(
        string factorSetId,
        string factorSetVersion,
        InventoryOptions options,
        SourceRegistry sources,
        RollupAccumulator totals,
        IReadOnlyList<RowResult> rows)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(totals);
        var groups = RollupAccumulator.GroupCount;
        var sourceGas = totals.SourceGas(sources.Count);
        var byScope = new decimal[4];
        var byCategory = new decimal[7];
        var byGas = new decimal[groups];
        var byFacility = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var bySource = new decimal[sources.Count];
        for (var s = 0; s < sources.Count; s++)
        {
            var key = sources[s];
            var category = SourceTypes.Category(key.SourceType);
            for (var g = 0; g < groups; g++)
            {
                var kg = sourceGas[(s * groups) + g];
                bySource[s] += kg;
                byGas[g] += kg;
            }

            byCategory[category] += bySource[s];
            byScope[IsoCategories.Scope(category)] += bySource[s];
            byFacility[key.Facility] = byFacility.GetValueOrDefault(key.Facility) + bySource[s];
        }

        var top = Largest(bySource, options.TopSources)
            .Select(s => new SourceTotal(sources[s].Facility, sources[s].Source, sources[s].MaterialKey, sources.MaterialName(s), sources[s].SourceType,
                Co2e.FromKilograms(bySource[s])))
            .ToList();

        return new InventoryResult(
            factorSetId,
            factorSetVersion,
            options.GwpSetId,
            Co2e.FromKilograms(byGas.Sum()),
            Range(byScope, 1),
            Range(byCategory, 1),
            Enum.GetValues<GasGroup>().ToDictionary(g => g, g => Co2e.FromKilograms(byGas[(int)g])),
            byFacility.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => KeyValuePair.Create(f.Key, Co2e.FromKilograms(f.Value))).ToList(),
            Range(totals.Months, 0),
            top,
            totals.Rows,
            rows);
    }

    /// <summary>Ids of the <paramref name="count"/> largest values, largest first (ties: lower id first), without sorting them all.</summary>
    private static List<int> Largest(decimal[] values, int count)
    {
        var heap = new PriorityQueue<int, (decimal Value, int Id)>(Comparer<(decimal Value, int Id)>.Create(
            (a, b) => a.Value != b.Value ? a.Value.CompareTo(b.Value) : b.Id.CompareTo(a.Id)));
        for (var i = 0; i < values.Length; i++)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(i, (values[i], i));
            }
            else if (count > 0 && heap.TryPeek(out _, out var smallest) && (values[i] > smallest.Value))
            {
                heap.EnqueueDequeue(i, (values[i], i));
            }
        }

        var ids = new List<int>(heap.Count);
        while (heap.TryDequeue(out var id, out _))
        {
            ids.Add(id);
        }

        ids.Reverse();
        return ids;
    }

    private static Dictionary<int, Co2e> Range(decimal[] values, int from) =>
        Enumerable.Range(from, values.Length - from).ToDictionary(i => i, i => Co2e.FromKilograms(values[i]));
}
