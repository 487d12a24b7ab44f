namespace Tanpan.Documents.Register;

/// <summary>A1-style references: column 0 is A, 26 is AA.</summary>
internal static class CellRefs
{
    public static string Column(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    public static string Cell(int column, int row) => Column(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An absolute range on another sheet: <c>'3-定量盤查'!$A$5:$A$9</c>.</summary>
    public static string Range(string sheet, int column, int firstRow, int lastRow) =>
        FormattableString.Invariant($"'{sheet}'!${Column(column)}${firstRow}:${Column(column)}${lastRow}");

    public static string On(string sheet, int column, int row) => $"'{sheet}'!{Cell(column, row)}";
}
