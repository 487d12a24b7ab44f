using DocumentFormat.OpenXml.Spreadsheet;

namespace Tanpan.Documents.Cbam.Workbook;

/// <summary>
/// The cell styles of the generated template, indexes into <c>cellXfs</c>. Input cells are light yellow and computed
/// cells grey, as in the Commission's template (its "data input" and "calculated" colour key).
/// </summary>
internal static class CbamStyles
{
    public const uint Label = 0;
    public const uint Title = 1;
    public const uint Section = 2;
    public const uint Header = 3;
    public const uint Input = 4;
    public const uint InputNumber = 5;
    public const uint Computed = 6;
    public const uint InputDate = 7;
    public const uint Wrapped = 8;
    public const uint ComputedText = 9;

    /// <summary>A TRUE/FALSE input shown as the words (Calc shows a boolean in a General cell as 0 or 1).</summary>
    public const uint InputBoolean = 10;

    private const uint Decimals = 164;
    private const uint IsoDate = 165;
    private const uint TrueFalse = 166;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = Decimals, FormatCode = "#,##0.00####" },
            new NumberingFormat { NumberFormatId = IsoDate, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = TrueFalse, FormatCode = "\"TRUE\";\"TRUE\";\"FALSE\"" }) { Count = 3 },
        new Fonts(
            new Font(new FontSize { Val = 10 }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 10 }, new FontName { Val = "Arial" })) { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFDDEBF7"),
            Solid("FFFFFFCC"),
            Solid("FFEDEDED")) { Count = 5 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder())) { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(0, 0, 0, 0),
            Format(0, 1, 0, 0),
            Format(0, 2, 0, 0),
            Format(0, 3, 2, 1, wrap: true),
            Format(0, 0, 3, 1),
            Format(Decimals, 0, 3, 1),
            Format(Decimals, 0, 4, 1),
            Format(IsoDate, 0, 3, 1),
            Format(0, 0, 0, 0, wrap: true),
            Format(0, 0, 4, 1),
            Format(TrueFalse, 0, 3, 1)) { Count = 11 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Fill Solid(string argb) => new(new PatternFill(new ForegroundColor { Rgb = argb }) { PatternType = PatternValues.Solid });

    private static T Side<T>()
        where T : BorderPropertiesType, new() => new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFA6A6A6" } };

    private static CellFormat Format(uint numberFormat, uint font, uint fill, uint border, bool wrap = false)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat, FontId = font, FillId = fill, BorderId = border, FormatId = 0,
            ApplyNumberFormat = numberFormat != 0, ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0,
        };
        if (wrap)
        {
            format.Append(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top });
            format.ApplyAlignment = true;
        }

        return format;
    }
}
