using System.Globalization;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tanpan.Documents.ActivityFiles;

namespace Tanpan.Documents.Cbam;

/// <summary>
/// Reads a supplier's filled "CBAM Communication template for installations" — the Commission's own workbook or one
/// <see cref="CbamTemplateWriter"/> wrote — for its product summary: per CN code the SEE (direct, indirect, total) as the
/// supplier's workbook computed them, and the installation they come from. It reads Summary_Communication (which the
/// template always keeps in English: installation details G12–G21, products from row 26) and, for a workbook without
/// it, A_InstData (I9, L9, I20–I29) with Summary_Products (from row 10). The same guards as the activity-file reader
/// bound it whatever the file: the zip directory and expansion are checked before anything is decompressed, parts
/// are read forward-only with DTDs refused, and strings and rows are charged to a <see cref="ReadBudget"/>.
/// </summary>
public static partial class CbamTemplateReader
{
    /// <summary>Largest upload <see cref="Read(Stream, ReadBudget?)"/> copies to a temporary file (the template itself is 1.3 MB).</summary>
    public const long MaxFileBytes = 32L << 20;

    /// <summary>Characters a part the Open XML SDK loads whole (the workbook part) may hold; the template's is 12 kB.</summary>
    private const long MaxDomPartCharacters = 4L << 20;

    private const int MaxErrors = 50;

    /// <summary>Reads the workbook at <paramref name="path"/>; never throws for a bad file, it answers with <see cref="CbamTemplateImport.Errors"/>.</summary>
    public static CbamTemplateImport Read(string path, ReadBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        budget ??= ReadBudget.Default;
        try
        {
            ZipBombCheck.Check(path);
            using var document = Open(path);
            return Read(document, budget);
        }
        catch (ActivityFileRefusedException e)
        {
            return Failed(new CbamTemplateError(e.MessageZh, e.MessageEn));
        }
    }

    /// <summary>Reads an upload: copied to a temporary file (at most <see cref="MaxFileBytes"/>), read, deleted.</summary>
    public static CbamTemplateImport Read(Stream stream, ReadBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var path = Path.Combine(Path.GetTempPath(), $"tanpan-cbam-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var file = File.Create(path))
            {
                var buffer = new byte[81920];
                long total = 0;
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    total += read;
                    if (total > MaxFileBytes)
                    {
                        return Failed(new CbamTemplateError($"檔案超過 {MaxFileBytes >> 20} MB 上限，未讀取",
                            $"the file is larger than the {MaxFileBytes >> 20} MB limit; not read"));
                    }

                    file.Write(buffer, 0, read);
                }
            }

            return Read(path, budget);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static SpreadsheetDocument Open(string path)
    {
        try
        {
            return SpreadsheetDocument.Open(path, false, new OpenSettings { MaxCharactersInPart = MaxDomPartCharacters });
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or XmlException)
        {
            throw new ActivityFileRefusedException("不是有效的 .xlsx 活頁簿（無法開啟壓縮檔或其目錄），未讀取",
                $"not a valid .xlsx workbook ({e.GetType().Name}: the zip or its directory cannot be read); not read", e);
        }
    }

    private static CbamTemplateImport Read(SpreadsheetDocument document, ReadBudget budget)
    {
        Dictionary<string, WorksheetPart> sheets;
        try
        {
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            sheets = (workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
                .Where(s => s.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) && part is WorksheetPart)
                .GroupBy(s => s.Name?.Value ?? "", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (WorksheetPart)workbook.GetPartById(g.First().Id!.Value!), StringComparer.Ordinal);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or OpenXmlPackageException or InvalidOperationException)
        {
            throw new ActivityFileRefusedException("活頁簿的 workbook.xml 無效（格式錯誤、截斷、含 DTD 或過大），未讀取",
                $"the workbook's workbook.xml is not valid (malformed, truncated, with a DTD or too large: {e.GetType().Name}); not read", e);
        }

        var communication = sheets.GetValueOrDefault(CbamTemplateSheets.SummaryCommunication);
        var instData = sheets.GetValueOrDefault(CbamTemplateSheets.InstData);
        var products = sheets.GetValueOrDefault(CbamTemplateSheets.SummaryProducts);
        if (communication is null && instData is null && products is null)
        {
            return Failed(new CbamTemplateError(
                "不是 CBAM 設施溝通範本（找不到 Summary_Communication、A_InstData 或 Summary_Products 工作表）",
                "not a CBAM communication template for installations (no sheet Summary_Communication, A_InstData or Summary_Products)"));
        }

        if (communication is null && (instData is null || products is null))
        {
            var missing = instData is null ? CbamTemplateSheets.InstData : CbamTemplateSheets.SummaryProducts;
            return Failed(new CbamTemplateError($"範本缺少工作表「{missing}」（或 Summary_Communication）",
                $"the template lacks the sheet '{missing}' (or Summary_Communication)"));
        }

        var strings = SharedStringsReader.Read(document.WorkbookPart!, budget);
        return communication is not null
            ? FromCommunication(document, communication, strings, budget)
            : FromSummaries(document, instData!, products!, strings, budget);
    }

    internal static CbamTemplateImport Failed(CbamTemplateError error) => new(null, null, null, [], [error]);

    /// <summary>The rows of one sheet up to <paramref name="lastRow"/>, each as its cells by column; the document stays open.</summary>
    private static Dictionary<int, List<string?>> Rows(
        SpreadsheetDocument document, WorksheetPart part, List<string> strings, ReadBudget budget, int lastRow, XlsxSheetNotes notes)
    {
        _ = document;
        var rows = new Dictionary<int, List<string?>>();
        foreach (var (line, cells) in SheetRowReader.Read(KeepOpen.Instance, part, strings, notes, budget))
        {
            if (line > lastRow)
            {
                break;
            }

            budget.Charge(cells.Sum(c => c is null ? 8 : ReadBudget.StringCost(c.Length)), "範本的儲存格", "the template's cells");
            rows[line] = cells;
        }

        return rows;
    }

    private sealed class KeepOpen : IDisposable
    {
        public static readonly KeepOpen Instance = new();

        public void Dispose()
        {
        }
    }

    private static string? At(Dictionary<int, List<string?>> rows, int row, string column)
    {
        var index = Workbook.CbamSheet.ColumnIndex(column);
        return rows.TryGetValue(row, out var cells) && index < cells.Count && !string.IsNullOrWhiteSpace(cells[index]) ? cells[index]!.Trim() : null;
    }

    private static decimal? Coordinate(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
