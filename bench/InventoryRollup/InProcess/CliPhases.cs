using System.Diagnostics;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Inventory.Rollup;
using Tanpan.Web.Features.ActivityData;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>
/// Where <c>tanpan inventory calc</c> spends its time: the loop of InventoryCalculation.Run, copied
/// here with a timestamp between phases (about 0.2 s of overhead on 2 million rows), streaming as the
/// CLI does but on one thread — the CLI reads one chunk ahead on the second core (ReadAhead), so its
/// wall time is less than the sum of these phases.
/// </summary>
internal static class CliPhases
{
    public static PhaseTimes Measure(string path, FactorLibrary library, InventoryOptions options)
    {
        long read = 0, validate = 0, encode = 0, kernel = 0;
        var start = Stopwatch.GetTimestamp();
        var file = ActivityFileReader.Open(path);
        var calculator = new InventoryCalculator(library, options);
        var reader = new ActivityRowReader(library.Materials);
        var sources = new SourceRegistry();
        var batch = new RollupBatch();
        var totals = new RollupAccumulator();
        var issues = new List<ActivityIssue>(file.FileIssues);
        var t0 = Stopwatch.GetTimestamp();
        read += t0 - start;
        foreach (var raw in file.Records)
        {
            var t1 = Stopwatch.GetTimestamp();
            var row = reader.Read(raw, issues);
            var t2 = Stopwatch.GetTimestamp();
            var plan = row is null ? -1 : calculator.PlanFor(row, issues);
            if (row is not null && plan >= 0)
            {
                batch.Add(sources.IdOf(row), plan, row.Amount, row.Month ?? 0);
            }

            var t3 = Stopwatch.GetTimestamp();
            if (batch.IsFull)
            {
                RollupKernel.Accumulate(batch, calculator.Plans, sources.Count, totals);
                batch.Clear();
            }

            var t4 = Stopwatch.GetTimestamp();
            (read, validate, encode, kernel) = (read + (t1 - t0), validate + (t2 - t1), encode + (t3 - t2), kernel + (t4 - t3));
            t0 = t4;
        }

        read += Stopwatch.GetTimestamp() - t0;
        if (issues.Count > 0)
        {
            throw new InvalidOperationException($"{path}: {issues.Count} bad rows, first: {issues[0]}");
        }

        var t5 = Stopwatch.GetTimestamp();
        RollupKernel.Accumulate(batch, calculator.Plans, sources.Count, totals);
        var t6 = Stopwatch.GetTimestamp();
        kernel += t6 - t5;
        var set = calculator.FactorSet;
        InventoryResultBuilder.Build(set.Id, set.Info.Version, options, sources, totals, []);
        var end = Stopwatch.GetTimestamp();
        return new PhaseTimes(Seconds(read), Seconds(validate), Seconds(encode), Seconds(kernel), Seconds(end - t6), Seconds(end - start));
    }

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}
