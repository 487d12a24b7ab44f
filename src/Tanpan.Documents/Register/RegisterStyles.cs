using DocumentFormat.OpenXml.Spreadsheet;

namespace Tanpan.Documents.Register;

/// <summary>The few cell styles of the 清冊 workbook; the constants are indexes into <c>cellXfs</c>.</summary>
internal static class RegisterStyles
{
    public const uint Plain = 0;
    public const uint Header = 1;
    public const uint Tonnes = 2;
    public const uint Percent = 3;
    public const uint Factor = 4;
    public const uint Title = 5;
    public const uint Amount = 6;

    /// <summary>Long text (sources, notes) wrapped inside its column instead of running over the next ones.</summary>
    public const uint Wrapped = 7;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.000" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.000000000" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "#,##0.####" }) { Count = 3 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Noto Sans CJK TC" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Noto Sans CJK TC" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Noto Sans CJK TC" })) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
            {
                NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true,
            },
            Numeric(164),
            Numeric(10),
            Numeric(165),
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            Numeric(166),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true,
            }) { Count = 8 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat Numeric(uint format) =>
        new() { NumberFormatId = format, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true };
}
