using Tanpan.Core.Gases;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>Totals from the Core path being timed, and its time split into the compute loop and the final build.</summary>
internal sealed record KernelResult(
    decimal TotalKg,
    IReadOnlyDictionary<GasGroup, decimal> ByGasKg,
    IReadOnlyDictionary<string, decimal> ByFacilityKg,
    double ComputeSeconds,
    double BuildSeconds)
{
    public double Seconds => ComputeSeconds + BuildSeconds;
}
