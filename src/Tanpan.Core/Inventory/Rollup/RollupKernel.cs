namespace Tanpan.Core.Inventory.Rollup;

/// <summary>
/// The compute kernel of a roll-up: two decimal additions a row — the amount into its cell, and into
/// its plan and month. Every row of a cell shares one plan (unit ratio, leak rate, factor, GWP), so
/// Σ(amount × ratio × factor × GWP) = (Σ amount) × ratio × factor × GWP; the multiplications happen
/// once per cell in <see cref="InventoryResultBuilder"/>. In decimal arithmetic the two are identical
/// whenever the products fit in 28 significant digits, which holds for activity data as typed (a test
/// compares them with the per-row traces to the last digit). No allocation per row.
/// </summary>
public static class RollupKernel
{
    public static void Accumulate(RollupBatch batch, RollupCells cells, int planCount, RollupAccumulator totals)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(totals);
        var (cellSums, planMonths) = totals.Ensure(cells.Count, planCount);
        var planOf = cells.Plans;
        var cellIds = batch.Cells;
        var amounts = batch.Amounts;
        var months = batch.Months;
        for (var i = 0; i < cellIds.Length; i++)
        {
            var cell = cellIds[i];
            var amount = amounts[i];
            cellSums[cell] += amount;
            planMonths[(planOf[cell] * RollupAccumulator.MonthSlots) + months[i]] += amount;
        }

        totals.Rows += cellIds.Length;
    }
}
