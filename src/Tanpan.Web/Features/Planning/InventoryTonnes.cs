using Tanpan.Web.Features.Inventories;

namespace Tanpan.Web.Features.Planning;

/// <summary>An inventory's year and its scope 1 + 2 emissions, t CO₂e (exact); issues when some entry cannot be calculated.</summary>
public sealed record InventoryTonnes(Guid InventoryId, int Year, decimal ScopeOneTwoTonnes, IReadOnlyList<EntryIssue> Issues);
