using Tanpan.Core.Gases;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>kg CO₂e of one gas group at one facility.</summary>
internal sealed record FacilityGasTotal(string Facility, GasGroup Gas, decimal KgCo2e);
