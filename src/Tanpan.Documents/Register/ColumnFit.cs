using System.Globalization;

namespace Tanpan.Documents.Register;

/// <summary>
/// Column widths that fit the numbers a column shows, so that no cell prints as <c>###</c> (what Excel and Calc show
/// for a number wider than its column). Widths are in Excel's unit, the width of one digit of the default font; a
/// number needs its formatted length plus two for the cell's padding.
/// </summary>
internal sealed class ColumnFit
{
    private const double Padding = 2;
    private readonly double[] _widths;

    public ColumnFit(IReadOnlyList<double> widths) => _widths = [.. widths];

    public IReadOnlyList<double> Widths => _widths;

    /// <summary>Widens <paramref name="column"/> to show <paramref name="value"/> in <paramref name="style"/>.</summary>
    public ColumnFit Fit(int column, decimal value, uint style)
    {
        var width = Format(value, style).Length + Padding;
        if (column < _widths.Length && _widths[column] < width)
        {
            _widths[column] = width;
        }

        return this;
    }

    /// <summary>The text a number shows in a register style (the formats of <see cref="RegisterStyles"/>).</summary>
    public static string Format(decimal value, uint style) => style switch
    {
        RegisterStyles.Tonnes => value.ToString("#,##0.000", CultureInfo.InvariantCulture),
        RegisterStyles.Factor => value.ToString("0.000000000", CultureInfo.InvariantCulture),
        RegisterStyles.Amount => value.ToString("#,##0.####", CultureInfo.InvariantCulture),
        RegisterStyles.Percent => (value * 100m).ToString("0", CultureInfo.InvariantCulture) + "%",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };
}
