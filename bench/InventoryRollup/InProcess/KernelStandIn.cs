using System.Diagnostics;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>
/// STAND-IN for the Core roll-up kernel (RollupEncoder + RollupKernel, not on main yet): what the CLI
/// runs per row today, InventoryCalculator.Calculate then InventoryAggregator.Add, and the final Build.
/// </summary>
internal static class KernelStandIn
{
    public const string Label = "stand-in: InventoryCalculator.Calculate + InventoryAggregator.Add per row (RollupKernel not on main yet)";

    public static KernelResult Run(List<ActivityRow> rows, FactorLibrary library, InventoryOptions options)
    {
        var clock = Stopwatch.StartNew();
        var calculator = new InventoryCalculator(library, options);
        var aggregator = new InventoryAggregator(options, calculator.FactorSet.Id, calculator.FactorSet.Info.Version);
        var issues = new List<ActivityIssue>();
        foreach (var row in rows)
        {
            aggregator.Add(calculator.Calculate(row, issues) ?? throw new InvalidOperationException($"line {row.Line}: {issues[^1]}"));
        }

        var compute = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var result = aggregator.Build();
        var build = clock.Elapsed.TotalSeconds;
        return new KernelResult(
            result.Total.Kilograms,
            result.ByGas.ToDictionary(g => g.Key, g => g.Value.Kilograms),
            result.ByFacility.ToDictionary(f => f.Key, f => f.Value.Kilograms, StringComparer.Ordinal),
            compute,
            build);
    }
}
