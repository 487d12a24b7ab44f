namespace Tanpan.Core.Inventory.Rollup;

/// <summary>
/// The compute kernel of a roll-up: for each encoded row, the same decimal arithmetic as
/// <see cref="InventoryCalculator.Calculate(ActivityRow, int)"/> (amount → factor unit → × leak rate →
/// kg per gas → × GWP), added into dense arrays per source and gas group. No allocation per row.
/// </summary>
public static class RollupKernel
{
    public static void Accumulate(RollupBatch batch, IReadOnlyList<CalculationPlan> planList, int sourceCount, RollupAccumulator totals)
    {
        ArgumentNullException.ThrowIfNull(planList);
        var plans = planList as CalculationPlan[] ?? [.. planList];
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(totals);
        var sourceGas = totals.EnsureSources(sourceCount);
        var months = totals.Months;
        var groups = RollupAccumulator.GroupCount;
        var sources = batch.Sources;
        var planIds = batch.Plans;
        var amounts = batch.Amounts;
        var monthOf = batch.Months;
        for (var i = 0; i < sources.Length; i++)
        {
            var plan = plans[planIds[i]];
            var basis = plan.Basis(amounts[i]);
            var row = 0m;
            var offset = sources[i] * groups;
            foreach (ref readonly var gas in plan.Gases.AsSpan())
            {
                var co2e = gas.Co2eKilograms(gas.Kilograms(basis));
                sourceGas[offset + (int)gas.Group] += co2e;
                row += co2e;
            }

            months[monthOf[i]] += row;
        }

        totals.Rows += sources.Length;
    }
}
