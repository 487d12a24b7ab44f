using Tanpan.Core.Factors;

namespace Tanpan.Core.Inventory;

/// <summary>What an inventory calculation is pinned to: a fuel factor set, a GWP set and any user factors.</summary>
public sealed record InventoryOptions(string FactorSetId = FactorLibrary.DefaultSetId, string GwpSetId = FactorLibrary.DefaultGwpId)
{
    /// <summary>User-defined factors (supplier-specific or self-measured); they win over shipped ones.</summary>
    public IReadOnlyList<EmissionFactor> UserFactors { get; init; } = [];

    /// <summary>Keep every <see cref="RowResult"/> in the result (for row traces); off for large roll-ups.</summary>
    public bool KeepRows { get; init; } = true;

    /// <summary>
    /// An activity list without rows gives a zero result (a stored inventory without entries yet) instead of the
    /// issue "the file has no data rows" (an empty file given to the CLI). Off by default.
    /// </summary>
    public bool AllowEmpty { get; init; }

    /// <summary>How many of the largest sources the summary lists.</summary>
    public int TopSources { get; init; } = 10;
}
