using DocumentFormat.OpenXml.Spreadsheet;

namespace Tanpan.Documents.ActionPlanReport;

/// <summary>The cell styles of the action-plan workbook (the 清冊's fonts and header fill; the seed's number formats).</summary>
internal static class ActionPlanStyles
{
    public const uint Plain = 0;
    public const uint Header = 1;

    /// <summary>Whole numbers with grouping (萬元, counts): #,##0.</summary>
    public const uint Whole = 2;

    /// <summary>Whole per cent, as the seed prints its rates (100%, 39%).</summary>
    public const uint Percent = 3;

    /// <summary>One decimal (百萬公噸 CO2e in 表6).</summary>
    public const uint OneDecimal = 4;

    public const uint Title = 5;

    /// <summary>Up to four decimals (萬公噸, 萬元 as entered).</summary>
    public const uint Amount = 6;

    public const uint Wrapped = 7;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.0" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.####" }) { Count = 2 },
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
            Numeric(3),
            Numeric(9),
            Numeric(164),
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            Numeric(165),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true,
            }) { Count = 8 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat Numeric(uint format) =>
        new() { NumberFormatId = format, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true };
}
