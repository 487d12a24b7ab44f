using System.Diagnostics;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Inventory.Rollup;
using Tanpan.Documents.ActivityFiles;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>
/// <c>phases</c>: where <c>tanpan inventory calc</c> spends its time, each in a fresh process as cold as
/// the CLI. Either the CLI's own call, InventoryCalculation.Run over ReadAhead (so the CLI's wall time
/// minus this is start-up and printing), or the loop of InventoryCalculation.Run copied here on one
/// thread with a timestamp between phases (about 0.2 s of overhead on 2 million rows).
/// </summary>
internal static class CliPhases
{
    public static void Run(string path, bool readAhead)
    {
        var library = FactorLibrary.Shipped;
        var options = new InventoryOptions(FactorLibrary.DefaultSetId, FactorLibrary.DefaultGwpId) { KeepRows = false };
        if (readAhead)
        {
            var clock = Stopwatch.StartNew();
            var file = ActivityFileReader.Open(path);
            var outcome = InventoryCalculation.Run(ReadAhead.Of(file.Records), options, library);
            var seconds = clock.Elapsed.TotalSeconds;
            var total = outcome.Result?.Total.Tonnes ?? throw new InvalidOperationException($"{path}: {outcome.Issues.Count} bad rows");
            Console.WriteLine($"InventoryCalculation.Run over ReadAhead, as the CLI calls it: {seconds:F3} s, {total:F6} tCO2e");
            Console.WriteLine(FormattableString.Invariant($"RESULT calc calc_s={seconds:F3} total_t={total}"));
            return;
        }

        var p = Measure(path, library, options);

        // Part of read: ActivityFileReader.Open first decodes the whole file strictly to tell UTF-8 from Big5.
        var check = Stopwatch.StartNew();
        TextEncodingDetector.Detect(path);
        var encodingCheck = check.Elapsed.TotalSeconds;
        Console.WriteLine($"CLI phases, one thread, streaming: read {p.Read:F3} s (of which the encoding check {encodingCheck:F3} s), "
            + $"validate {p.Validate:F3} s, encode {p.Encode:F3} s, kernel {p.Kernel:F3} s, build {p.Build:F3} s; total {p.Total:F3} s");
        Console.WriteLine(FormattableString.Invariant($"""
            RESULT phases read_s={p.Read:F3} encoding_check_s={encodingCheck:F3} validate_s={p.Validate:F3} encode_s={p.Encode:F3} kernel_s={p.Kernel:F3} build_s={p.Build:F3} total_s={p.Total:F3}
            """));
    }

    private static PhaseTimes Measure(string path, FactorLibrary library, InventoryOptions options)
    {
        long read = 0, validate = 0, encode = 0, kernel = 0;
        var start = Stopwatch.GetTimestamp();
        var file = ActivityFileReader.Open(path);
        var calculator = new InventoryCalculator(library, options);
        var reader = new ActivityRowReader(library.Materials);
        var cells = new RollupCells();
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
                batch.Add(cells.IdOf(row, plan), row.Amount, row.Month ?? 0);
            }

            var t3 = Stopwatch.GetTimestamp();
            if (batch.IsFull)
            {
                RollupKernel.Accumulate(batch, cells, calculator.Plans.Count, totals);
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
        RollupKernel.Accumulate(batch, cells, calculator.Plans.Count, totals);
        var t6 = Stopwatch.GetTimestamp();
        kernel += t6 - t5;
        var set = calculator.FactorSet;
        InventoryResultBuilder.Build(set.Id, set.Info.Version, options, cells, calculator.Plans, totals, []);
        var end = Stopwatch.GetTimestamp();
        return new PhaseTimes(Seconds(read), Seconds(validate), Seconds(encode), Seconds(kernel), Seconds(end - t6), Seconds(end - start));
    }

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}
