using Tanpan.Core.Units;

namespace Tanpan.Core.Inventory;

/// <summary>
/// The emission of one gas from one row: kilograms of the gas, the GWP applied (null when the factor
/// was already CO₂e), and the resulting CO₂e.
/// </summary>
public sealed record GasEmission(string Species, decimal KgPerUnit, decimal Kilograms, decimal? Gwp, Co2e Co2e);
