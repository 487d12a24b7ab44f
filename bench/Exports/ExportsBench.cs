using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Documents.Inventories;
using Tanpan.Documents.Register;
using Tanpan.Documents.Report;

namespace Tanpan.Bench.Exports;

/// <summary>
/// <c>Exports compare ROWS DIR RUNS</c>: register vs the plain streaming reference, alternating, best of RUNS;
/// <c>Exports register ROWS FILE</c>: one register in a fresh process (for peak memory);
/// <c>Exports reports SAMPLE COUNT</c>: 報告書 per second for a sample activity file.
/// </summary>
internal static class ExportsBench
{
    public static int Run(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "compare" when args.Length == 4:
                Compare(Int(args[1]), args[2], Int(args[3]));
                return 0;
            case "register" when args.Length == 3:
                RegisterOnce(Int(args[1]), args[2]);
                return 0;
            case "reports" when args.Length == 3:
                Reports(args[1], Int(args[2]));
                return 0;
            default:
                Console.Error.WriteLine("usage: Exports compare ROWS DIR RUNS | register ROWS FILE | reports SAMPLE.csv COUNT");
                return 1;
        }
    }

    private static void Compare(int rows, string dir, int runs)
    {
        var prepare = Stopwatch.StartNew();
        var doc = Inventories.Document(rows);
        Console.WriteLine(FormattableString.Invariant($"prepare: {rows} rows, {doc.Quality.Sources.Count} sources, calculated and assessed in {prepare.Elapsed.TotalSeconds:F2} s"));
        var register = Path.Combine(dir, "register.xlsx");
        var reference = Path.Combine(dir, "reference.xlsx");
        Time(() => WriteFile(register, s => RegisterWorkbook.Write(s, doc)));   // warm-up, untimed
        Time(() => WriteFile(reference, s => ReferenceWriter.Write(s, doc)));
        var registerTimes = new List<double>();
        var referenceTimes = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            referenceTimes.Add(Time(() => WriteFile(reference, s => ReferenceWriter.Write(s, doc))));
            registerTimes.Add(Time(() => WriteFile(register, s => RegisterWorkbook.Write(s, doc))));
        }

        var registerCells = CountCells(register, out var registerSheet3);
        var referenceCells = CountCells(reference, out _);
        var registerRate = registerCells / registerTimes.Min();
        var referenceRate = referenceCells / referenceTimes.Min();
        Console.WriteLine(FormattableString.Invariant(
            $"reference: {referenceCells:N0} cells, {new FileInfo(reference).Length / 1e6:F1} MB, best {referenceTimes.Min():F3} s ({string.Join(", ", referenceTimes.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))}), {referenceRate:N0} cells/s"));
        Console.WriteLine(FormattableString.Invariant(
            $"register:  {registerCells:N0} cells ({registerSheet3:N0} in 3-定量盤查), {new FileInfo(register).Length / 1e6:F1} MB, best {registerTimes.Min():F3} s ({string.Join(", ", registerTimes.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))}), {registerRate:N0} cells/s"));
        Console.WriteLine(FormattableString.Invariant($"throughput register / reference: {registerRate / referenceRate:P1} (target >= 50 %)"));
    }

    private static void RegisterOnce(int rows, string file)
    {
        var doc = Inventories.Document(rows);
        var live = GC.GetTotalMemory(forceFullCollection: true);
        var before = Environment.WorkingSet;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var seconds = Time(() => WriteFile(file, s => RegisterWorkbook.Write(s, doc)));
        var process = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant(
            $"register once: {seconds:F3} s; live heap before writing {live / 1048576.0:F0} MiB, working set {before / 1048576.0:F0} MiB, process peak {process.PeakWorkingSet64 / 1048576.0:F0} MiB; allocated while writing {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:F0} MiB"));
    }

    private static void Reports(string sample, int count)
    {
        var outcome = InventoryCalculation.Run(ActivityFileReader.Open(sample).Records, new InventoryOptions());
        var doc = InventoryDocument.Create(outcome.Result!, FactorLibrary.Shipped, new InventoryDocumentInfo("Bench", 2021, DateTimeOffset.UnixEpoch));
        for (var i = 0; i < 5; i++)
        {
            using var warm = new MemoryStream();
            InventoryReport.Write(warm, doc);
        }

        var bars = doc.Quality.Sources.Select((s, i) => ($"S{i + 1:00}", s.Total.Tonnes, 0.1m)).ToList();
        var chart = Time(() =>
        {
            for (var i = 0; i < count; i++)
            {
                HotspotChart.Render(bars, CultureInfo.InvariantCulture);
            }
        });
        long bytes = 0;
        var seconds = Time(() =>
        {
            for (var i = 0; i < count; i++)
            {
                using var stream = new MemoryStream();
                InventoryReport.Write(stream, doc, i % 2 == 0 ? ReportLanguage.Zh : ReportLanguage.En);
                bytes += stream.Length;
            }
        });
        Console.WriteLine(FormattableString.Invariant(
            $"reports: {count} documents ({doc.Quality.Sources.Count} sources, zh and en alternating, {bytes / count / 1024.0:F0} KiB each) in {seconds:F3} s = {count / seconds:F1} per second (target >= 20); the chart alone {1000 * chart / count:F1} ms each"));
    }

    private static long CountCells(string path, out long firstSheet3)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        long total = 0;
        firstSheet3 = 0;
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            long cells = 0;
            using var reader = OpenXmlReader.Create((WorksheetPart)workbook.GetPartById(sheet.Id!));
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
                {
                    cells++;
                }
            }

            total += cells;
            if (sheet.Name == "3-定量盤查")
            {
                firstSheet3 = cells;
            }
        }

        return total;
    }

    private static void WriteFile(string path, Action<Stream> write)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        write(stream);
    }

    private static void WriteFile(string path, Func<Stream, long> write) => WriteFile(path, s => { write(s); });

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
