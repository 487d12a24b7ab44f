using System.Text;
using Tanpan.Core.Inventory;

namespace Tanpan.Core.Tests.Support;

/// <summary>Builds raw activity records for tests, inline or from the repository's sample CSV files.</summary>
internal static class Records
{
    public static RawActivityRecord Row(
        int line, string facility, string type, string material, string amount, string unit, string year,
        string? month = null, string? equipmentType = null, string? source = null, string? dataSource = null)
    {
        var cells = new string?[RawActivityRecord.ColumnCount];
        cells[(int)ActivityColumn.Facility] = facility;
        cells[(int)ActivityColumn.SourceType] = type;
        cells[(int)ActivityColumn.Material] = material;
        cells[(int)ActivityColumn.Activity] = amount;
        cells[(int)ActivityColumn.Unit] = unit;
        cells[(int)ActivityColumn.Year] = year;
        cells[(int)ActivityColumn.Month] = month;
        cells[(int)ActivityColumn.EquipmentType] = equipmentType;
        cells[(int)ActivityColumn.Source] = source;
        cells[(int)ActivityColumn.DataSource] = dataSource;
        return new RawActivityRecord(line, cells);
    }

    /// <summary>Reads a UTF-8 sample from samples/ (simple RFC 4180: quotes, no line breaks in fields).</summary>
    public static List<RawActivityRecord> Sample(string name)
    {
        var path = Path.Combine(RepositoryRoot(), "samples", name);
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var header = Split(lines[0]).Select(ActivityColumns.Find).ToList();
        var records = new List<RawActivityRecord>();
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = Split(lines[i]);
            var cells = new string?[RawActivityRecord.ColumnCount];
            for (var c = 0; c < header.Count && c < fields.Count; c++)
            {
                if (header[c] is { } column)
                {
                    cells[(int)column] = fields[c];
                }
            }

            records.Add(new RawActivityRecord(i + 1, cells));
        }

        return records;
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>The folder holding Tanpan.slnx, above the test output folder.</summary>
    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tanpan.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Tanpan.slnx not found above the test output folder.");
    }
}
