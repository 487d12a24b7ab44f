using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Core.Inventory;

/// <summary>The emissions of one source (facility + source/equipment name + material + source type) summed over its rows.</summary>
public sealed record SourceTotal(string Facility, string Source, string MaterialKey, string MaterialName, SourceType SourceType, Co2e Total);
