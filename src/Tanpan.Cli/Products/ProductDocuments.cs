using System.CommandLine;
using Tanpan.Cli.Inventories;
using Tanpan.Core.Products;
using Tanpan.Core.Text;
using Tanpan.Documents.Inventories;
using Tanpan.Documents.ProductReport;

namespace Tanpan.Cli.Products;

/// <summary>
/// The document options of <c>product footprint</c>: <c>--report FILE.docx [--lang zh|en]</c> (the ISO 14067 report) and
/// <c>--sheet FILE.xlsx</c> (the data sheet with formulas) for the product chosen with <c>--product CODE</c>; without
/// <c>--product</c>, one file per product, named with its code (<c>FILE-COIL.docx</c>). Each file is written beside its
/// target and moved into place, so a failure never leaves half a document; the time is <c>SOURCE_DATE_EPOCH</c> when set.
/// </summary>
internal sealed class ProductDocuments
{
    private readonly Option<string?> _report = new("--report") { Description = "Write the product footprint report (.docx) / 產出產品碳足跡報告書" };
    private readonly Option<string> _lang = new("--lang") { Description = "Report language: zh (default) or en / 報告語言", DefaultValueFactory = _ => "zh" };
    private readonly Option<string?> _sheet = new("--sheet") { Description = "Write the data sheet with formulas (.xlsx) / 產出產品碳足跡資料表" };
    private readonly Option<string?> _product = new("--product") { Description = "Product code for --report/--sheet (default: every product) / 產品代碼" };
    private readonly Option<string?> _organisation = new("--organisation") { Description = "Organisation name (default: the activity file name) / 機構名稱" };

    public ProductDocuments(Command command)
    {
        _lang.AcceptOnlyFromAmong("zh", "en");
        foreach (var option in (Option[])[_report, _lang, _sheet, _product, _organisation])
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The chosen footprints, or null after an error when <c>--product</c> names no product.</summary>
    public IReadOnlyList<ProductFootprint>? Choose(ParseResult parse, IReadOnlyList<ProductFootprint> footprints, TextWriter error)
    {
        if (parse.GetValue(_product) is not { } code)
        {
            return footprints;
        }

        var chosen = footprints.Where(f => TextKey.Normalize(f.Product.Code) == TextKey.Normalize(code)).ToList();
        if (chosen.Count == 0)
        {
            error.WriteLine($"錯誤：找不到產品代碼「{code}」/ error: no product with code '{code}' (products: {string.Join(", ", footprints.Select(f => f.Product.Code))})");
            return null;
        }

        return chosen;
    }

    /// <summary>Writes the documents asked for; the lines saying what was written go to <paramref name="done"/>.</summary>
    public int Write(ParseResult parse, InventoryInput input, IReadOnlyList<ProductFootprint> chosen, TextWriter done, TextWriter error)
    {
        var info = new ProductDocumentInfo(parse.GetValue(_organisation) ?? Path.GetFileNameWithoutExtension(input.Path), DocumentCommands.Now());
        var single = parse.GetValue(_product) is not null;
        var language = parse.GetValue(_lang) == "en" ? ReportLanguage.En : ReportLanguage.Zh;
        foreach (var f in chosen)
        {
            if (parse.GetValue(_report) is { } report
                && !WriteFile(Target(report, f, single), s => ProductFootprintReport.Write(s, f, info, language), $"報告書 report {f.Product.Code}", done, error))
            {
                return TanpanCli.BadInput;
            }

            if (parse.GetValue(_sheet) is { } sheet
                && !WriteFile(Target(sheet, f, single), s => ProductDataSheet.Write(s, f, info), $"資料表 data sheet {f.Product.Code}", done, error))
            {
                return TanpanCli.BadInput;
            }
        }

        return TanpanCli.Ok;
    }

    /// <summary>The path itself for one chosen product, else the path with <c>-CODE</c> before its extension.</summary>
    internal static string Target(string path, ProductFootprint f, bool single)
    {
        if (single)
        {
            return path;
        }

        var code = string.Concat(f.Product.Code.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
        return Path.Combine(Path.GetDirectoryName(path) ?? "", $"{Path.GetFileNameWithoutExtension(path)}-{code}{Path.GetExtension(path)}");
    }

    private static bool WriteFile(string path, Action<Stream> write, string what, TextWriter done, TextWriter error)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            error.WriteLine($"錯誤：資料夾不存在「{directory}」/ error: the folder '{directory}' does not exist");
            return false;
        }

        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"錯誤：無法寫入「{path}」/ error: cannot write '{path}': {e.Message}");
            return false;
        }
        finally
        {
            File.Delete(temp);
        }

        done.WriteLine($"{what} 已寫入 written: {path}");
        return true;
    }
}
