using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>A factor as a first LINQ roll-up would hold it: join key, unit, and per-gas kg with the GWP folded in.</summary>
/// <param name="MaterialKey">The material's key.</param>
/// <param name="SourceType">The source type.</param>
/// <param name="Year">Activity year for grid electricity; 0 for factors that apply to any year.</param>
/// <param name="Unit">The unit of activity the values are per.</param>
/// <param name="Gases">Per gas group: kg per unit and GWP (1 for already-CO₂e grid factors).</param>
internal sealed record NaiveFactor(string MaterialKey, SourceType SourceType, int Year, Unit Unit, IReadOnlyList<NaiveGas> Gases);
