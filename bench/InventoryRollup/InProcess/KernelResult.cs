using Tanpan.Core.Gases;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>
/// The Core path's totals per facility and gas group, and its time in three steps: encoding the rows
/// into a RollupBatch, the kernel itself, and folding per-source totals into facility × gas.
/// </summary>
internal sealed record KernelResult(
    IReadOnlyDictionary<(string Facility, GasGroup Gas), decimal> ByFacilityGasKg,
    double EncodeSeconds,
    double KernelSeconds,
    double FoldSeconds)
{
    public decimal TotalKg => ByFacilityGasKg.Values.Sum();

    /// <summary>From ActivityRows to facility × gas totals: what the naive LINQ roll-up does.</summary>
    public double EndToEndSeconds => EncodeSeconds + KernelSeconds + FoldSeconds;
}
