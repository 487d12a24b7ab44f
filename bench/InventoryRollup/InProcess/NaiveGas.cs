using Tanpan.Core.Gases;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>One gas of a <see cref="NaiveFactor"/>.</summary>
internal sealed record NaiveGas(GasGroup Group, decimal KgPerUnit, decimal Gwp);
