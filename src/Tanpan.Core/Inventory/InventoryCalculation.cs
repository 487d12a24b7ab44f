using Tanpan.Core.Factors;

namespace Tanpan.Core.Inventory;

/// <summary>
/// Runs a whole activity file: validates every row, computes every valid row, and either returns the
/// result or — if any row is bad — every issue and no result (one bad row means no total).
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
        var aggregator = new InventoryAggregator(options, calculator.FactorSet.Id, calculator.FactorSet.Info.Version);
        var issues = new List<ActivityIssue>();
        foreach (var raw in records)
        {
            var row = reader.Read(raw, issues);
            if (row is not null && calculator.Calculate(row, issues) is { } result)
            {
                aggregator.Add(result);
            }
        }

        return issues.Count > 0 ? new InventoryOutcome(null, issues) : new InventoryOutcome(aggregator.Build(), issues);
    }
}
