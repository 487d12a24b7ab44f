using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Tanpan.Documents.ActivityFiles;

namespace Tanpan.Documents.Cbam;

public static partial class CbamTemplateReader
{
    /// <summary>Where a product table lies: its sheet, header row, first and last data row.</summary>
    private sealed record Table(string Sheet, int Header, int First, int Last);

    private static readonly Table CommunicationTable = new(CbamTemplateSheets.SummaryCommunication, 25, 26, 125);
    private static readonly Table ProductsTable = new(CbamTemplateSheets.SummaryProducts, 8, 10, 109);

    private static CbamTemplateImport FromCommunication(SpreadsheetDocument document, WorksheetPart part, List<string> strings, ReadBudget budget)
    {
        var notes = new XlsxSheetNotes();
        var rows = Rows(document, part, strings, budget, CommunicationTable.Last, notes);
        var errors = new List<CbamTemplateError>();
        if (At(rows, 12, "D") is not { } label || !label.StartsWith("Name of the installation", StringComparison.Ordinal))
        {
            return Failed(Layout(CbamTemplateSheets.SummaryCommunication, "D12", "Name of the installation (English name):"));
        }

        var installation = Installation(At(rows, 12, "G"), At(rows, 13, "G"), At(rows, 15, "G"), At(rows, 16, "G"), At(rows, 17, "G"),
            At(rows, 18, "G"), At(rows, 19, "G"));
        var start = Date(rows, 20, "G", CbamTemplateSheets.SummaryCommunication, errors);
        var end = Date(rows, 21, "G", CbamTemplateSheets.SummaryCommunication, errors);
        return Products(CommunicationTable, rows, notes, installation, $"{CbamTemplateSheets.SummaryCommunication}!G12", start, end, errors);
    }

    private static CbamTemplateImport FromSummaries(
        SpreadsheetDocument document, WorksheetPart instData, WorksheetPart products, List<string> strings, ReadBudget budget)
    {
        var rows = Rows(document, instData, strings, budget, 32, new XlsxSheetNotes());
        var errors = new List<CbamTemplateError>();
        if (At(rows, 20, "E") is null || At(rows, 9, "D") is null)
        {
            return Failed(Layout(CbamTemplateSheets.InstData, "E20", "Name of the installation (English name):"));
        }

        // S26 is the template's code of the country named in I26 (its formula over c_CodeLists).
        var installation = Installation(At(rows, 20, "I"), At(rows, 21, "I"), At(rows, 25, "I"), At(rows, 26, "S") ?? At(rows, 26, "I"),
            At(rows, 27, "I"), At(rows, 28, "I"), At(rows, 29, "I"));
        var start = Date(rows, 9, "I", CbamTemplateSheets.InstData, errors);
        var end = Date(rows, 9, "L", CbamTemplateSheets.InstData, errors);
        var notes = new XlsxSheetNotes();
        var table = Rows(document, products, strings, budget, ProductsTable.Last, notes);
        return Products(ProductsTable, table, notes, installation, $"{CbamTemplateSheets.InstData}!I20", start, end, errors);
    }

    private static CbamTemplateImport Products(Table table, Dictionary<int, List<string?>> rows, XlsxSheetNotes notes,
        CbamImportedInstallation? installation, string nameCell, DateOnly? start, DateOnly? end, List<CbamTemplateError> errors)
    {
        if (At(rows, table.Header, "F") is not { } cn || !cn.StartsWith("CN", StringComparison.Ordinal)
            || At(rows, table.Header, "I") is not { } see || !see.StartsWith("SEE", StringComparison.Ordinal))
        {
            return Failed(Layout(table.Sheet, $"F{table.Header}", "CN Codes"));
        }

        if (installation is null)
        {
            errors.Add(new CbamTemplateError("範本未填設施名稱（英文名稱）", "the template does not name the installation (its English name)", nameCell));
        }

        var products = new List<CbamImportedProduct>();
        var before = errors.Count;
        for (var row = table.First; row <= table.Last && errors.Count < MaxErrors; row++)
        {
            if (Product(table.Sheet, row, rows, notes, errors) is { } product)
            {
                products.Add(product);
            }
        }

        if (products.Count == 0 && errors.Count == before)
        {
            errors.Add(new CbamTemplateError($"「{table.Sheet}」沒有填任何產品（CN 編碼與 SEE）", $"'{table.Sheet}' lists no product (CN code and SEE)"));
        }

        return new CbamTemplateImport(installation, start, end, errors.Count == 0 ? products : [], errors);
    }

    private static CbamImportedProduct? Product(string sheet, int row, Dictionary<int, List<string?>> rows, XlsxSheetNotes notes, List<CbamTemplateError> errors)
    {
        var before = errors.Count;
        var cn = At(rows, row, "F");
        var direct = At(rows, row, "I");
        var filled = cn is not null || direct is not null || At(rows, row, "D") is not null;

        // A formula whose result was never computed (a workbook written by a tool that does not calculate): refused on a
        // row that is otherwise filled. Excel stores an empty result as an empty value, which reads the same, so an
        // entirely empty row of the blank template is simply skipped.
        if (filled && notes.FormulaWithoutValue.TryGetValue(row, out var reference))
        {
            errors.Add(new CbamTemplateError($"儲存格 {sheet}!{reference} 是沒有計算結果的公式：請在 Excel 開啟並儲存後再上傳",
                $"cell {sheet}!{reference} holds a formula without a computed value; open and save the file in Excel, then upload it again",
                $"{sheet}!{reference}"));
            return null;
        }

        if (cn is null && direct is null)
        {
            return null;
        }

        var code = new string((cn ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (code.Length is not (4 or 6 or 8) || !code.All(char.IsAsciiDigit))
        {
            errors.Add(new CbamTemplateError($"{sheet}!F{row} 的 CN 編碼「{cn}」應為 4、6 或 8 位數字", $"{sheet}!F{row}: CN code '{cn}' must be 4, 6 or 8 digits",
                $"{sheet}!F{row}"));
        }

        var seeDirect = Quantity(sheet, row, "I", direct, required: true, errors);
        var seeIndirect = Quantity(sheet, row, "J", At(rows, row, "J"), required: false, errors);
        var total = Quantity(sheet, row, "K", At(rows, row, "K"), required: false, errors);
        if (seeDirect is not { } d || errors.Count > before)
        {
            return null;
        }

        return new CbamImportedProduct(row, At(rows, row, "D") ?? "", At(rows, row, "E"), code, At(rows, row, "H"), d, seeIndirect, total ?? d + (seeIndirect ?? 0m));
    }

    private static decimal? Quantity(string sheet, int row, string column, string? text, bool required, List<CbamTemplateError> errors)
    {
        var cell = $"{sheet}!{column}{row}";
        if (text is null)
        {
            if (required)
            {
                errors.Add(new CbamTemplateError($"{cell} 缺少 SEE（直接）數值", $"{cell}: the SEE (direct) is missing", cell));
            }

            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(new CbamTemplateError($"{cell} 的「{Clip(text)}」不是數字", $"{cell}: '{Clip(text)}' is not a number", cell));
            return null;
        }

        if (value < 0m)
        {
            errors.Add(new CbamTemplateError($"{cell} 的排放量 {value.ToString(CultureInfo.InvariantCulture)} 不可為負數",
                $"{cell}: emissions of {value.ToString(CultureInfo.InvariantCulture)} cannot be negative", cell));
            return null;
        }

        return value;
    }

    private static CbamImportedInstallation? Installation(string? name, string? street, string? city, string? country, string? unLocode, string? lat, string? lon) =>
        name is null ? null : new CbamImportedInstallation(name, street, city, country, unLocode, Coordinate(lat), Coordinate(lon));

    /// <summary>A date cell: Excel's serial day number, or a typed ISO date.</summary>
    private static DateOnly? Date(Dictionary<int, List<string?>> rows, int row, string column, string sheet, List<CbamTemplateError> errors)
    {
        var text = At(rows, row, column);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
        {
            return new DateOnly(1899, 12, 30).AddDays((int)serial);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new CbamTemplateError($"{sheet}!{column}{row} 的「{Clip(text)}」不是日期", $"{sheet}!{column}{row}: '{Clip(text)}' is not a date", $"{sheet}!{column}{row}"));
        return null;
    }

    private static CbamTemplateError Layout(string sheet, string cell, string expected) => new(
        $"「{sheet}」不是 CBAM 設施溝通範本的版面（{cell} 應為「{expected}」）",
        $"'{sheet}' does not have the layout of the CBAM communication template ({cell} should read '{expected}')", $"{sheet}!{cell}");

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
