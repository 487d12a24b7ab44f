using System.Diagnostics;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>
/// <c>naive</c>: parses the file into ActivityRows, then times the naive LINQ roll-up and the Core kernel
/// on the same rows (best of <c>runs</c> for each figure) and checks that their totals agree per
/// facility and gas.
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
        Console.WriteLine($"parse into List<ActivityRow>: {rows.Count:N0} rows, {parsed.Seconds:F3} s");

        var factors = NaiveRollup.Factors(library, options.FactorSetId, options.GwpSetId);
        WarmUp(rows, factors, library, options);
        List<FacilityGasTotal> naive = [];
        KernelResult kernel = null!;
        double naiveBest = double.MaxValue, kernelBest = double.MaxValue, encodeBest = double.MaxValue, foldBest = double.MaxValue, endToEndBest = double.MaxValue;
        for (var i = 1; i <= runs; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var clock = Stopwatch.StartNew();
            naive = NaiveRollup.Run(rows, factors);
            var naiveSeconds = clock.Elapsed.TotalSeconds;

            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            kernel = CoreKernel.Run(rows, library, options);
            Console.WriteLine($"run {i}: naive LINQ {naiveSeconds:F3} s; Core: encode {kernel.EncodeSeconds:F3} s, "
                + $"RollupKernel {kernel.KernelSeconds:F3} s, fold to facility×gas {kernel.FoldSeconds:F3} s");
            naiveBest = Math.Min(naiveBest, naiveSeconds);
            kernelBest = Math.Min(kernelBest, kernel.KernelSeconds);
            encodeBest = Math.Min(encodeBest, kernel.EncodeSeconds);
            foldBest = Math.Min(foldBest, kernel.FoldSeconds);
            endToEndBest = Math.Min(endToEndBest, kernel.EndToEndSeconds);
        }

        var naiveTotal = naive.Sum(t => t.KgCo2e);
        Check(naive, kernel);
        Console.WriteLine($"naive and kernel agree per facility and gas: {naiveTotal / 1000m:F6} tCO2e, {naive.Count:N0} facility×gas groups; by gas (t): "
            + string.Join(", ", naive.GroupBy(t => t.Gas).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Sum(t => t.KgCo2e) / 1000m:F6}")));
        Console.WriteLine(FormattableString.Invariant($"""
            RESULT naive rows={rows.Count} parse_s={parsed.Seconds:F3} naive_s={naiveBest:F3} kernel_s={kernelBest:F3} encode_s={encodeBest:F3} fold_s={foldBest:F3} kernel_e2e_s={endToEndBest:F3} total_t={naiveTotal / 1000m}
            """));
    }

    /// <summary>
    /// Both paths run to steady-state code before they are timed: RollupKernel.Accumulate is called
    /// once per CoreKernel.Run, so without this the timed runs would get tier-0 or on-stack-replaced code
    /// (0.2–0.7 s for the same 2 million rows) while the LINQ lambdas, called per row, reach tier 1 at once.
    /// </summary>
    private static void WarmUp(List<ActivityRow> rows, List<NaiveFactor> factors, FactorLibrary library, InventoryOptions options)
    {
        var slice = rows.GetRange(0, Math.Min(rows.Count, 5_000));
        for (var i = 0; i < 60; i++)
        {
            NaiveRollup.Run(slice, factors);
            CoreKernel.Run(slice, library, options);
        }

        Thread.Sleep(1000);   // tier-1 compilation happens on a background thread after a short delay
    }

    private static void Check(List<FacilityGasTotal> naive, KernelResult kernel)
    {
        var naiveByKey = naive.ToDictionary(t => (t.Facility, t.Gas), t => t.KgCo2e);
        var problems = naiveByKey.Keys.Union(kernel.ByFacilityGasKg.Keys)
            .Select(k => (Key: k, Naive: naiveByKey.GetValueOrDefault(k), Kernel: kernel.ByFacilityGasKg.GetValueOrDefault(k)))
            .Where(x => Math.Abs(x.Naive - x.Kernel) > ToleranceKg)
            .Select(x => $"{x.Key.Facility} {x.Key.Gas}: naive {x.Naive / 1000m} t, kernel {x.Kernel / 1000m} t")
            .ToList();
        var difference = Math.Abs(naive.Sum(t => t.KgCo2e) - kernel.TotalKg);
        if (difference > ToleranceKg)
        {
            problems.Insert(0, $"grand totals differ by {difference / 1000m} t");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"naive and kernel disagree ({problems.Count}): {string.Join("; ", problems.Take(5))}");
        }
    }
}
