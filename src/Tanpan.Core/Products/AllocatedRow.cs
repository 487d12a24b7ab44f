using Tanpan.Core.Units;

namespace Tanpan.Core.Products;

/// <summary>A trace line: one inventory row (line in the activity file), its CO₂e, the share a product took and the CO₂e that share is.</summary>
public sealed record AllocatedRow(int Line, string Facility, string? ProcessOrSource, string MaterialKey, Co2e RowTotal, AllocationKey Key, decimal Share, Co2e Allocated);
