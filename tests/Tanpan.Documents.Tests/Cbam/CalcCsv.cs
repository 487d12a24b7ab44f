using System.Globalization;
using System.Text;

namespace Tanpan.Documents.Tests.Cbam;

/// <summary>
/// LibreOffice's CSV of one sheet read into rows by the sheet's row numbers: quoted fields may hold line breaks (the
/// template's "Product name \n(used for …)" header does), and dates Calc formats as yyyy-MM-dd are turned back into
/// Excel's serial day numbers so they compare with the cached values.
/// </summary>
internal static class CalcCsv
{
    public static List<List<string>> Read(string path)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var text = File.ReadAllText(path);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else if (ch != '\r')
            {
                field.Append(ch);
            }
        }

        return rows;
    }

    /// <summary>The field at a 1-based row and a column letter, with a yyyy-MM-dd date as its serial day number.</summary>
    public static string At(List<List<string>> rows, int row, string column)
    {
        var value = rows.ElementAtOrDefault(row - 1)?.ElementAtOrDefault(Support.CsvText.ColumnIndex(column)) ?? "";
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture)
            : value;
    }
}
