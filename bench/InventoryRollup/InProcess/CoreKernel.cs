using System.Diagnostics;
using Tanpan.Core.Factors;
using Tanpan.Core.Gases;
using Tanpan.Core.Inventory;
using Tanpan.Core.Inventory.Rollup;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>
/// The Core roll-up on parsed rows, as InventoryCalculation.Run does it: each row encoded into a
/// RollupBatch (RollupCells id of facility + source + InventoryCalculator plan, amount, month), then
/// RollupKernel.Accumulate over the whole batch (sums per cell), then each cell's plan applied once
/// (CalculationPlan.AddCo2e) and folded into facility × gas.
/// </summary>
internal static class CoreKernel
{
    public static KernelResult Run(List<ActivityRow> rows, FactorLibrary library, InventoryOptions options)
    {
        var clock = Stopwatch.StartNew();
        var calculator = new InventoryCalculator(library, options);
        var cells = new RollupCells();
        var batch = new RollupBatch(rows.Count);
        var issues = new List<ActivityIssue>();
        foreach (var row in rows)
        {
            var plan = calculator.PlanFor(row, issues);
            if (plan < 0)
            {
                throw new InvalidOperationException($"line {row.Line}: {issues[^1]}");
            }

            batch.Add(cells.IdOf(row, plan), row.Amount, row.Month ?? 0);
        }

        var encode = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var totals = new RollupAccumulator();
        RollupKernel.Accumulate(batch, cells, calculator.Plans.Count, totals);
        var kernel = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var byFacilityGas = Fold(cells, calculator.Plans, totals);
        return new KernelResult(byFacilityGas, encode, kernel, clock.Elapsed.TotalSeconds);
    }

    private static Dictionary<(string, GasGroup), decimal> Fold(RollupCells cells, IReadOnlyList<CalculationPlan> plans, RollupAccumulator totals)
    {
        var groups = Enum.GetValues<GasGroup>().Length;
        var sums = totals.Cells(cells.Count);
        var byFacilityGas = new Dictionary<(string, GasGroup), decimal>();
        Span<decimal> gas = stackalloc decimal[groups];
        for (var c = 0; c < cells.Count; c++)
        {
            gas.Clear();
            plans[cells[c].Plan].AddCo2e(sums[c], gas);
            for (var g = 0; g < groups; g++)
            {
                if (gas[g] != 0)
                {
                    var key = (cells[c].Facility, (GasGroup)g);
                    byFacilityGas[key] = byFacilityGas.GetValueOrDefault(key) + gas[g];
                }
            }
        }

        return byFacilityGas;
    }
}
