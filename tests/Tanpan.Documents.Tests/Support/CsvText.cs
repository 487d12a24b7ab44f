namespace Tanpan.Documents.Tests.Support;

/// <summary>A CSV file as LibreOffice writes it (comma, double quotes), read into rows of fields.</summary>
internal static class CsvText
{
    public static List<string[]> Read(string path)
    {
        var rows = new List<string[]>();
        foreach (var line in File.ReadAllLines(path))
        {
            var fields = new List<string>();
            var field = new System.Text.StringBuilder();
            var quoted = false;
            foreach (var ch in line)
            {
                if (ch == '"')
                {
                    quoted = !quoted;
                }
                else if (ch == ',' && !quoted)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(ch);
                }
            }

            fields.Add(field.ToString());
            rows.Add([.. fields]);
        }

        return rows;
    }

    /// <summary>The 0-based index of a column name: A is 0, AA is 26.</summary>
    public static int ColumnIndex(string column) => column.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;
}
