using System.Diagnostics;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Web.Features.ActivityData;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>
/// Reads an activity file the way <c>tanpan inventory calc</c> does — the same reader, streaming — and
/// keeps the rows. Reading and validating are interleaved per row as in the CLI; their times are taken
/// apart with a timestamp between them (about 0.1 s of overhead on 2 million rows).
/// </summary>
internal static class ActivityRowLoader
{
    public static ParsedFile Load(string path, MaterialCatalog materials)
    {
        long read = 0, validate = 0;
        var start = Stopwatch.GetTimestamp();
        var file = ActivityFileReader.Open(path);
        if (file.FileIssues.Count > 0)
        {
            throw new InvalidOperationException($"{path}: {file.FileIssues[0]}");
        }

        var reader = new ActivityRowReader(materials);
        var issues = new List<ActivityIssue>();
        var rows = new List<ActivityRow>();
        var before = Stopwatch.GetTimestamp();
        read += before - start;
        foreach (var raw in file.Records)
        {
            var parsed = Stopwatch.GetTimestamp();
            read += parsed - before;
            if (reader.Read(raw, issues) is { } row)
            {
                rows.Add(row);
            }

            before = Stopwatch.GetTimestamp();
            validate += before - parsed;
        }

        read += Stopwatch.GetTimestamp() - before;
        if (issues.Count > 0)
        {
            throw new InvalidOperationException($"{path}: {issues.Count} bad rows, first: {issues[0]}");
        }

        return new ParsedFile(rows, Seconds(read), Seconds(validate));
    }

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}
