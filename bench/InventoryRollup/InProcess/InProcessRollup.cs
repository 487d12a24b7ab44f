using System.Diagnostics;
using Tanpan.Core.Factors;
using Tanpan.Core.Gases;
using Tanpan.Core.Inventory;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>
/// <c>naive</c>: parses the file into ActivityRows (timed by phase), then times the naive LINQ roll-up
/// and the Core kernel on the same rows, best of <c>runs</c>, and checks that their totals agree.
/// </summary>
internal static class InProcessRollup
{
    /// <summary>Agreement demanded between the two paths: 1e-6 t, in kg.</summary>
    private const decimal ToleranceKg = 0.001m;

    public static void Run(string path, int runs)
    {
        var library = FactorLibrary.Shipped;
        var options = new InventoryOptions(FactorLibrary.DefaultSetId, FactorLibrary.DefaultGwpId) { KeepRows = false };
        var parsed = ActivityRowLoader.Load(path, library.Materials);
        var rows = parsed.Rows;
        Console.WriteLine($"parse: {rows.Count:N0} rows, read {parsed.ReadSeconds:F3} s, validate {parsed.ValidateSeconds:F3} s");

        var factors = NaiveRollup.Factors(library, options.FactorSetId, options.GwpSetId);
        List<FacilityGasTotal> naive = [];
        KernelResult? kernel = null;
        double bestNaive = double.MaxValue, bestKernel = double.MaxValue, bestCompute = 0, bestBuild = 0;
        for (var i = 1; i <= runs; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var clock = Stopwatch.StartNew();
            naive = NaiveRollup.Run(rows, factors);
            var naiveSeconds = clock.Elapsed.TotalSeconds;

            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            kernel = KernelStandIn.Run(rows, library, options);
            Console.WriteLine($"run {i}: naive LINQ {naiveSeconds:F3} s, kernel {kernel.Seconds:F3} s "
                + $"(compute {kernel.ComputeSeconds:F3} s + build {kernel.BuildSeconds:F3} s)");
            bestNaive = Math.Min(bestNaive, naiveSeconds);
            if (kernel.Seconds < bestKernel)
            {
                (bestKernel, bestCompute, bestBuild) = (kernel.Seconds, kernel.ComputeSeconds, kernel.BuildSeconds);
            }
        }

        Console.WriteLine($"kernel: {KernelStandIn.Label}");
        var naiveTotal = naive.Sum(t => t.KgCo2e);
        Check(naive, kernel!, naiveTotal);
        Console.WriteLine($"naive and kernel agree: {naiveTotal / 1000m:F6} tCO2e, {naive.Count:N0} facility×gas groups; by gas (t): "
            + string.Join(", ", naive.GroupBy(t => t.Gas).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Sum(t => t.KgCo2e) / 1000m:F6}")));
        Console.WriteLine(FormattableString.Invariant($"""
            RESULT naive rows={rows.Count} read_s={parsed.ReadSeconds:F3} validate_s={parsed.ValidateSeconds:F3} naive_s={bestNaive:F3} kernel_s={bestKernel:F3} kernel_compute_s={bestCompute:F3} kernel_build_s={bestBuild:F3} total_t={naiveTotal / 1000m}
            """));
    }

    private static void Check(List<FacilityGasTotal> naive, KernelResult kernel, decimal naiveTotal)
    {
        var problems = new List<string>();
        void Compare(string what, decimal a, decimal b)
        {
            if (Math.Abs(a - b) > ToleranceKg)
            {
                problems.Add($"{what}: naive {a / 1000m} t, kernel {b / 1000m} t");
            }
        }

        Compare("total", naiveTotal, kernel.TotalKg);
        foreach (var gas in Enum.GetValues<GasGroup>())
        {
            Compare(gas.ToString(), naive.Where(t => t.Gas == gas).Sum(t => t.KgCo2e), kernel.ByGasKg.GetValueOrDefault(gas));
        }

        var byFacility = naive.GroupBy(t => t.Facility, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(t => t.KgCo2e), StringComparer.Ordinal);
        foreach (var facility in byFacility.Keys.Union(kernel.ByFacilityKg.Keys, StringComparer.Ordinal))
        {
            Compare("facility " + facility, byFacility.GetValueOrDefault(facility), kernel.ByFacilityKg.GetValueOrDefault(facility));
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"naive and kernel disagree ({problems.Count}): {string.Join("; ", problems.Take(5))}");
        }
    }
}
