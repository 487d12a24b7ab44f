using Tanpan.Core.Sources;

namespace Tanpan.Core.Inventory.Rollup;

/// <summary>What makes an emission source in the totals: facility, source name (or equipment, or process), material and source type.</summary>
public readonly record struct SourceKey(string Facility, string Source, string MaterialKey, SourceType SourceType);
