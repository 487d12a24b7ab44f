using System.Globalization;
using System.Reflection;
using System.Text;

namespace Tanpan.Core.Factors;

/// <summary>
/// A small reader for the reference CSV files embedded in this assembly (UTF-8, header row, RFC 4180
/// quoting). Only for Tanpan's own data; user files go through the import code in the web project.
/// </summary>
internal sealed class EmbeddedTable
{
    private readonly Dictionary<string, int> _columns;

    private EmbeddedTable(string name, string[] header, List<string[]> rows)
    {
        Name = name;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
        Rows = rows;
    }

    public string Name { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public static EmbeddedTable Load(string resourcePath)
    {
        var assembly = typeof(EmbeddedTable).Assembly;
        using var stream = assembly.GetManifestResourceStream("factors/" + resourcePath)
            ?? throw new InvalidOperationException($"Reference data file factors/{resourcePath} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = ParseLines(reader.ReadToEnd()).ToList();
        return new EmbeddedTable(resourcePath, lines[0], lines.Skip(1).Where(l => l.Length > 1 || l[0].Length > 0).ToList());
    }

    public string Text(string[] row, string column) => row[Index(column)].Trim();

    public decimal Number(string[] row, string column) =>
        decimal.Parse(Text(row, column), NumberStyles.Float, CultureInfo.InvariantCulture);

    public decimal? OptionalNumber(string[] row, string column)
    {
        var text = Text(row, column);
        return text.Length == 0 ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private int Index(string column) =>
        _columns.TryGetValue(column, out var i) ? i : throw new InvalidOperationException($"{Name} has no column '{column}'.");

    private static IEnumerable<string[]> ParseLines(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return fields.ToArray();
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }
}
