using System.Diagnostics;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Documents.ActivityFiles;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>Reads an activity file with the CLI's reader and Tanpan.Core's ActivityRowReader, and keeps every row.</summary>
internal static class ActivityRowLoader
{
    public static ParsedFile Load(string path, MaterialCatalog materials)
    {
        var clock = Stopwatch.StartNew();
        var file = ActivityFileReader.Open(path);
        var reader = new ActivityRowReader(materials);
        var issues = new List<ActivityIssue>(file.FileIssues);
        var rows = new List<ActivityRow>();
        foreach (var raw in file.Records)
        {
            if (reader.Read(raw, issues) is { } row)
            {
                rows.Add(row);
            }
        }

        if (issues.Count > 0)
        {
            throw new InvalidOperationException($"{path}: {issues.Count} bad rows, first: {issues[0]}");
        }

        return new ParsedFile(rows, clock.Elapsed.TotalSeconds);
    }
}
