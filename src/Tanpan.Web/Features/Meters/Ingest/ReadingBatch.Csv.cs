using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tanpan.Web.Features.Meters.Ingest;

/// <summary>The CSV form of a batch.</summary>
internal static partial class ReadingBatch
{
    /// <summary>
    /// The longest CSV line read, in characters. A row is a meter (a name of at most 100 characters, or a 36-character
    /// id), an ISO 8601 time (about 25) and a value (about 20): under 200 characters, so 1,024 leaves room for quotes
    /// and spaces. Without a bound, one 16 MB line of commas splits into millions of cells costing hundreds of MB
    /// (issue 16); with it, a line costs at most 513 cells. A longer line refuses the whole batch.
    /// </summary>
    public const int MaxCsvLineChars = 1024;

    /// <summary>CSV with a header <c>meter,ts,value</c> (any order, case-insensitive) or, without one, those three columns.</summary>
    /// <summary>
    /// The CSV rows with the file line (1-based, counting the header and blank lines) of each row, for the upload page,
    /// which reports problems by line number; otherwise as <see cref="Parse"/>.
    /// </summary>
    public static (List<RawReading>? Rows, List<int> Lines, bool TooMany, string? Chinese, string? English) ParseCsvWithLines(ReadOnlySpan<byte> body, int maxRows)
    {
        var lines = new List<int>();
        try
        {
            var (rows, chinese, english) = ParseCsv(Encoding.UTF8.GetString(body), maxRows, lines);
            return (rows, lines, false, chinese, english);
        }
        catch (TooManyRowsException)
        {
            return (null, lines, true, null, null);
        }
    }

    private static (List<RawReading>?, string?, string?) ParseCsv(string text, int maxRows, List<int>? lines = null)
    {
        var rows = new List<RawReading>();
        int meterAt = 0, tsAt = 1, valueAt = 2;
        var first = true;
        var lineNumber = 0;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (rawLine.Length > MaxCsvLineChars)
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"CSV 第 {lineNumber:N0} 行超過 {MaxCsvLineChars:N0} 個字元，整批未儲存。"),
                    string.Create(CultureInfo.InvariantCulture, $"CSV line {lineNumber:N0} is longer than {MaxCsvLineChars:N0} characters; nothing was stored."));
            }

            var line = rawLine.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            var cells = line.ToString().Split(',');
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = cells[i].Trim().Trim('"').Trim();
            }

            if (first)
            {
                first = false;
                var header = Array.ConvertAll(cells, c => c.TrimStart('\uFEFF').ToUpperInvariant());
                if (Array.IndexOf(header, "METER") is var m and >= 0 && Array.IndexOf(header, "TS") is var t and >= 0 && Array.IndexOf(header, "VALUE") is var v and >= 0)
                {
                    (meterAt, tsAt, valueAt) = (m, t, v);
                    continue;
                }
            }

            if (rows.Count >= maxRows)
            {
                throw new TooManyRowsException();
            }

            var valueText = valueAt < cells.Length ? cells[valueAt] : null;
            double? value = double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            rows.Add(new RawReading(
                meterAt < cells.Length ? cells[meterAt] : null,
                tsAt < cells.Length ? cells[tsAt] : null,
                value,
                value is null && !string.IsNullOrEmpty(valueText)));
            lines?.Add(lineNumber);
        }

        return (rows, null, null);
    }
}
