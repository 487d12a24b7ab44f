using System.Globalization;

namespace Tanpan.Documents.Cbam.Workbook;

/// <summary>
/// One worksheet of the generated template as a grid of cells addressed the way the template's documentation does
/// ("I20"), so that the writer reads like the layout it reproduces. Small by construction (the template's limits).
/// </summary>
internal sealed class CbamSheet(string name)
{
    public string Name { get; } = name;

    /// <summary>Hidden like the template's helper sheets (InputOutput, Parameters_Constants).</summary>
    public bool Hidden { get; init; }

    public SortedDictionary<(int Row, int Column), CbamCell> Cells { get; } = [];

    /// <summary>Column widths by column index (0 = A), in Excel's character units.</summary>
    public Dictionary<int, double> Widths { get; } = [];

    /// <summary>Helper columns hidden as in the template (which hides them with its "ausblenden" marker).</summary>
    public HashSet<int> HiddenColumns { get; } = [];

    /// <summary>The print area without sheet name, e.g. <c>$B$2:$O$122</c>; several ranges separated by commas.</summary>
    public string? PrintArea { get; set; }

    /// <summary>Rows repeated at the top of every printed page, e.g. <c>$8:$8</c>.</summary>
    public string? PrintTitles { get; set; }

    /// <summary>A text; an empty input cell is still written, with its input colour, for whoever fills the file further.</summary>
    public void Text(string cell, string? text, uint style = CbamStyles.Label)
    {
        if (!string.IsNullOrEmpty(text) || style == CbamStyles.Input)
        {
            Cells[Parse(cell)] = new CbamCell(text ?? "", null, style);
        }
    }

    public void Number(string cell, decimal? value, uint style = CbamStyles.InputNumber)
    {
        if (value is { } v)
        {
            Cells[Parse(cell)] = new CbamCell(v, null, style);
        }
    }

    public void Boolean(string cell, bool value, uint style = CbamStyles.InputBoolean) => Cells[Parse(cell)] = new CbamCell(value, null, style);

    /// <summary>A date as Excel's serial day number (days since 1899-12-30) in a date format.</summary>
    public void Date(string cell, DateOnly date) =>
        Cells[Parse(cell)] = new CbamCell((decimal)(date.DayNumber - new DateOnly(1899, 12, 30).DayNumber), null, CbamStyles.InputDate);

    /// <summary>A formula (without '=') and the value it evaluates to: a decimal, a string ("" for an empty result), a bool.</summary>
    public void Formula(string cell, string formula, object cached, uint style = CbamStyles.Computed) =>
        Cells[Parse(cell)] = new CbamCell(cached, formula, style);

    /// <summary>Fixed heights (points) of rows whose header cells wrap: a reader does not grow a row for wrapped text.</summary>
    public Dictionary<int, double> RowHeights { get; } = [];

    /// <summary>Merged ranges such as <c>I20:N20</c>, as the template merges its wide input cells.</summary>
    public List<string> Merges { get; } = [];

    public void Width(string column, double width) => Widths[ColumnIndex(column)] = width;

    public void Hide(string firstColumn, string lastColumn)
    {
        for (var c = ColumnIndex(firstColumn); c <= ColumnIndex(lastColumn); c++)
        {
            HiddenColumns.Add(c);
        }
    }

    public static (int Row, int Column) Parse(string cell)
    {
        var letters = cell.TakeWhile(char.IsAsciiLetterUpper).Count();
        return (int.Parse(cell[letters..], CultureInfo.InvariantCulture), ColumnIndex(cell[..letters]));
    }

    public static int ColumnIndex(string letters) => letters.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;

    public static string Ref(string column, int row) => column + row.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A cell's value (string, decimal or bool), its formula when it has one, and its style index.</summary>
internal sealed record CbamCell(object Value, string? Formula, uint Style);
