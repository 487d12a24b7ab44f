using Tanpan.Core.Factors;
using Tanpan.Core.Inventory.Rollup;

namespace Tanpan.Core.Inventory;

/// <summary>
/// Runs a whole activity file in one streaming pass: validates every row, plans and encodes every
/// valid row for the roll-up kernel, and either returns the totals — or, if any row is bad, every
/// issue and no result (one bad row means no total). Row traces are kept when
/// <see cref="InventoryOptions.KeepRows"/> is set.
/// </summary>
public static class InventoryCalculation
{
    public static InventoryOutcome Run(IEnumerable<RawActivityRecord> records, InventoryOptions options, FactorLibrary? library = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        library ??= FactorLibrary.Shipped;
        var calculator = new InventoryCalculator(library, options);
        var reader = new ActivityRowReader(library.Materials);
        var cells = new RollupCells();
        var batch = new RollupBatch();
        var totals = new RollupAccumulator();
        var rows = new List<RowResult>();
        var issues = new List<ActivityIssue>();
        foreach (var raw in records)
        {
            var read = reader.Read(raw, issues);
            if (read is null)
            {
                continue;
            }

            // A bill crossing 31 December becomes one row per year, allocated by days (BillSplit).
            foreach (var row in BillSplit.Expand(read))
            {
                var plan = calculator.PlanFor(row, issues);
                if (plan < 0 || issues.Count > 0)
                {
                    break;   // once a row is bad no total will be shown: only look for more issues
                }

                batch.Add(cells.IdOf(row, plan), row.Amount, row.Month ?? 0);
                if (options.KeepRows)
                {
                    rows.Add(calculator.Calculate(row, plan));
                }

                if (batch.IsFull)
                {
                    RollupKernel.Accumulate(batch, cells, calculator.Plans.Count, totals);
                    batch.Clear();
                }
            }
        }

        if (issues.Count == 0 && !options.AllowEmpty && totals.Rows + batch.Count == 0)
        {
            issues.Add(new ActivityIssue(1, "file", "檔案沒有任何資料列", "the file has no data rows"));
        }

        if (issues.Count > 0)
        {
            return new InventoryOutcome(null, issues);
        }

        RollupKernel.Accumulate(batch, cells, calculator.Plans.Count, totals);
        var set = calculator.FactorSet;
        return new InventoryOutcome(InventoryResultBuilder.Build(set.Id, set.Info.Version, options, cells, calculator.Plans, totals, rows), issues);
    }
}
