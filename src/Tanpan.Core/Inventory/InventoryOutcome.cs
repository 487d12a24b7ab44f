namespace Tanpan.Core.Inventory;

/// <summary>Either a result (no issues) or the issues of every bad row (no result).</summary>
public sealed record InventoryOutcome(InventoryResult? Result, IReadOnlyList<ActivityIssue> Issues)
{
    public bool Succeeded => Result is not null;
}
