using System.Globalization;
using System.Text;

namespace Tanpan.Core.Text;

/// <summary>
/// Reads one of Tanpan's own reference CSVs embedded under a resource name such as
/// <c>factors/gwp/gwp100.csv</c> or <c>tariffs/x.csv</c> (UTF-8, header row, one record per line,
/// double-quoted fields may hold commas). Only for shipped data; user files go through the import
/// readers of Tanpan.Documents.
/// </summary>
internal sealed class ReferenceCsv
{
    private readonly Dictionary<string, int> _columns;

    private ReferenceCsv(string name, string[] header, List<string[]> rows)
    {
        Name = name;
        Header = header;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
        Rows = rows;
    }

    public string Name { get; }

    public string[] Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public static ReferenceCsv Load(string resourceName)
    {
        using var stream = typeof(ReferenceCsv).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Reference data file {resourceName} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(resourceName, reader.ReadToEnd());
    }

    /// <summary>Reads CSV text of the same shape (used for user-defined tariff plans); an empty text has no header and no rows.</summary>
    public static ReferenceCsv Parse(string name, string text)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).Select(Split).ToList();
        return lines.Count == 0 ? new ReferenceCsv(name, [], []) : new ReferenceCsv(name, lines[0].Select(h => h.Trim()).ToArray(), lines.Skip(1).ToList());
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    public string Text(string[] row, string column) =>
        _columns.TryGetValue(column, out var i) ? row[i].Trim() : throw new InvalidOperationException($"{Name} has no column '{column}'.");

    public decimal Number(string[] row, string column) =>
        decimal.Parse(Text(row, column), NumberStyles.Float, CultureInfo.InvariantCulture);

    public decimal? OptionalNumber(string[] row, string column)
    {
        var text = Text(row, column);
        return text.Length == 0 ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public int? OptionalInteger(string[] row, string column)
    {
        var text = Text(row, column);
        return text.Length == 0 ? null : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
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
        return fields.ToArray();
    }
}
