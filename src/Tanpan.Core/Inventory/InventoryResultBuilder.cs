using Tanpan.Core.Gases;
using Tanpan.Core.Inventory.Rollup;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Core.Inventory;

/// <summary>Applies each plan's factors once per cell and per month to the kernel's sums, giving an <see cref="InventoryResult"/>.</summary>
public static class InventoryResultBuilder
{
    public static InventoryResult Build(
        string factorSetId,
        string factorSetVersion,
        InventoryOptions options,
        RollupCells cells,
        IReadOnlyList<CalculationPlan> plans,
        RollupAccumulator totals,
        IReadOnlyList<RowResult> rows)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(totals);
        var byScope = new decimal[4];
        var byCategory = new decimal[7];
        var byGas = new decimal[Enum.GetValues<GasGroup>().Length];
        // Sized up front: a national roll-up has hundreds of thousands of cells, and regrowing these is most of the cost.
        var byFacility = new Dictionary<string, decimal>(cells.Count / 4, StringComparer.Ordinal);
        var sourceIds = new Dictionary<(string Facility, string Source, string Material, SourceType Type), int>(cells.Count);
        var sourceKeys = new List<(string Facility, string Source, CalculationPlan Plan)>(cells.Count);
        var bySource = new List<decimal>(cells.Count);
        var amounts = totals.Cells(cells.Count);
        for (var c = 0; c < cells.Count; c++)
        {
            var key = cells[c];
            var plan = plans[key.Plan];
            var kg = plan.AddCo2e(amounts[c], byGas);
            var category = SourceTypes.Category(plan.SourceType);
            byCategory[category] += kg;
            byScope[IsoCategories.Scope(category)] += kg;
            ref var facility = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byFacility, key.Facility, out _);
            facility += kg;
            ref var source = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
                sourceIds, (key.Facility, key.Source, plan.Material.Key, plan.SourceType), out var known);
            if (!known)
            {
                source = bySource.Count;
                sourceKeys.Add((key.Facility, key.Source, plan));
                bySource.Add(0m);
            }

            bySource[source] += kg;
        }

        var byMonth = new decimal[RollupAccumulator.MonthSlots];
        var planMonths = totals.PlanMonths(plans.Count);
        Span<decimal> ignored = stackalloc decimal[byGas.Length];
        for (var p = 0; p < plans.Count; p++)
        {
            for (var m = 0; m < RollupAccumulator.MonthSlots; m++)
            {
                byMonth[m] += plans[p].AddCo2e(planMonths[(p * RollupAccumulator.MonthSlots) + m], ignored);
            }
        }

        var top = Largest(bySource, options.TopSources)
            .Select(s => new SourceTotal(sourceKeys[s].Facility, sourceKeys[s].Source, sourceKeys[s].Plan.Material.Key, sourceKeys[s].Plan.Material.NameZh,
                sourceKeys[s].Plan.SourceType, Co2e.FromKilograms(bySource[s])))
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
            Range(byMonth, 0),
            top,
            totals.Rows,
            rows);
    }

    /// <summary>Ids of the <paramref name="count"/> largest values, largest first (ties: lower id first), without sorting them all.</summary>
    private static List<int> Largest(List<decimal> values, int count)
    {
        var heap = new PriorityQueue<int, (decimal Value, int Id)>(Comparer<(decimal Value, int Id)>.Create(
            (a, b) => a.Value != b.Value ? a.Value.CompareTo(b.Value) : b.Id.CompareTo(a.Id)));
        for (var i = 0; i < values.Count; i++)
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
