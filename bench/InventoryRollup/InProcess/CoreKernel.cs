using System.Diagnostics;
using Tanpan.Core.Factors;
using Tanpan.Core.Gases;
using Tanpan.Core.Inventory;
using Tanpan.Core.Inventory.Rollup;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>
/// The Core roll-up on parsed rows, as InventoryCalculation.Run does it: each row encoded into a
/// RollupBatch (SourceRegistry id, InventoryCalculator plan id, amount, month), then
/// RollupKernel.Accumulate over the whole batch, then per-source totals folded into facility × gas.
/// </summary>
internal static class CoreKernel
{
    public static KernelResult Run(List<ActivityRow> rows, FactorLibrary library, InventoryOptions options)
    {
        var clock = Stopwatch.StartNew();
        var calculator = new InventoryCalculator(library, options);
        var sources = new SourceRegistry();
        var batch = new RollupBatch(rows.Count);
        var issues = new List<ActivityIssue>();
        foreach (var row in rows)
        {
            var plan = calculator.PlanFor(row, issues);
            if (plan < 0)
            {
                throw new InvalidOperationException($"line {row.Line}: {issues[^1]}");
            }

            batch.Add(sources.IdOf(row), plan, row.Amount, row.Month ?? 0);
        }

        var encode = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var totals = new RollupAccumulator();
        RollupKernel.Accumulate(batch, calculator.Plans, sources.Count, totals);
        var kernel = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var byFacilityGas = Fold(sources, totals);
        return new KernelResult(byFacilityGas, encode, kernel, clock.Elapsed.TotalSeconds);
    }

    private static Dictionary<(string, GasGroup), decimal> Fold(SourceRegistry sources, RollupAccumulator totals)
    {
        var groups = RollupAccumulator.GroupCount;
        var sourceGas = totals.SourceGas(sources.Count);
        var byFacilityGas = new Dictionary<(string, GasGroup), decimal>();
        for (var s = 0; s < sources.Count; s++)
        {
            for (var g = 0; g < groups; g++)
            {
                var kg = sourceGas[(s * groups) + g];
                if (kg != 0)
                {
                    var key = (sources[s].Facility, (GasGroup)g);
                    byFacilityGas[key] = byFacilityGas.GetValueOrDefault(key) + kg;
                }
            }
        }

        return byFacilityGas;
    }
}
