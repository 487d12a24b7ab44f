using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tanpan.Web.Features.Meters.Ingest;

/// <summary>The CSV form of a batch.</summary>
internal static partial class ReadingBatch
{
    /// <summary>CSV with a header <c>meter,ts,value</c> (any order, case-insensitive) or, without one, those three columns.</summary>
    private static (List<RawReading>?, string?, string?) ParseCsv(string text, int maxRows)
    {
        var rows = new List<RawReading>();
        int meterAt = 0, tsAt = 1, valueAt = 2;
        var first = true;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
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
        }

        return (rows, null, null);
    }
}
