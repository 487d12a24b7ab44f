using System.CommandLine;
using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Documents.Inventories;
using Tanpan.Documents.Register;
using Tanpan.Documents.Report;

namespace Tanpan.Cli.Inventories;

/// <summary>
/// <c>tanpan inventory register FILE --out X.xlsx</c> and <c>tanpan inventory report FILE --out X.docx [--lang en]</c>:
/// the MOENV 清冊 workbook and the 報告書 straight from an activity file. The generation time is <c>SOURCE_DATE_EPOCH</c> when set (reproducible output), else now.
/// </summary>
internal static class DocumentCommands
{
    public static Command Register()
    {
        var command = new Command("register", "Write the MOENV inventory register workbook (.xlsx) / 產出溫室氣體排放量清冊");
        var input = InventoryCommands.InputOptions.AddTo(command);
        var (output, organisation) = AddDocumentOptions(command, ".xlsx");
        command.SetAction(parse =>
        {
            var loaded = input.Load(parse, keepRows: true);
            if (loaded is null)
            {
                return TanpanCli.BadInput;
            }

            var doc = InventoryDocument.Create(loaded.Result, FactorLibrary.Shipped, Info(loaded, parse.GetValue(organisation)));
            var path = parse.GetValue(output)!;
            return WriteFile(path, parse.InvocationConfiguration, stream => RegisterWorkbook.Write(stream, doc),
                $"清冊已寫入 register written: {path} ({loaded.Result.RowCount} rows, {doc.Quality.Sources.Count} sources)");
        });
        return command;
    }

    public static Command Report()
    {
        var command = new Command("report", "Write the GHG inventory report (.docx) / 產出溫室氣體盤查報告書");
        var input = InventoryCommands.InputOptions.AddTo(command);
        var (output, organisation) = AddDocumentOptions(command, ".docx");
        var lang = new Option<string>("--lang") { Description = "zh (default) or en / 報告語言", DefaultValueFactory = _ => "zh" };
        lang.AcceptOnlyFromAmong("zh", "en");
        command.Options.Add(lang);
        command.SetAction(parse =>
        {
            var loaded = input.Load(parse, keepRows: true);
            if (loaded is null)
            {
                return TanpanCli.BadInput;
            }

            var doc = InventoryDocument.Create(loaded.Result, FactorLibrary.Shipped, Info(loaded, parse.GetValue(organisation)));
            var language = parse.GetValue(lang) == "en" ? ReportLanguage.En : ReportLanguage.Zh;
            var path = parse.GetValue(output)!;
            return WriteFile(path, parse.InvocationConfiguration, stream => InventoryReport.Write(stream, doc, language),
                $"報告書已寫入 report written: {path} ({doc.Quality.Sources.Count} sources)");
        });
        return command;
    }

    internal static (Option<string> Output, Option<string?> Organisation) AddDocumentOptions(Command command, string extension)
    {
        var output = new Option<string>("--out") { Description = $"Output file ({extension}) / 輸出檔", Required = true };
        var organisation = new Option<string?>("--organisation") { Description = "Organisation name (default: the file name) / 機構名稱" };
        command.Options.Add(output);
        command.Options.Add(organisation);
        return (output, organisation);
    }

    internal static InventoryDocumentInfo Info(InventoryInput input, string? organisation)
    {
        var year = input.Result.Rows.Count == 0 ? 0 : input.Result.Rows.Max(r => r.Row.Year);
        return new InventoryDocumentInfo(organisation ?? Path.GetFileNameWithoutExtension(input.Path), year, Now());
    }

    /// <summary>Writes to a temporary file beside <paramref name="path"/> and moves it into place, so a failure never leaves half a document.</summary>
    internal static int WriteFile(string path, InvocationConfiguration io, Action<Stream> write, string done)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            io.Error.WriteLine($"錯誤：資料夾不存在「{directory}」/ error: the folder '{directory}' does not exist");
            return TanpanCli.BadInput;
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
            io.Error.WriteLine($"錯誤：無法寫入「{path}」/ error: cannot write '{path}': {e.Message}");
            return TanpanCli.BadInput;
        }
        finally
        {
            File.Delete(temp);   // gone already after the move; after a failure, no half document is left behind
        }

        io.Output.WriteLine(done);
        return TanpanCli.Ok;
    }

    internal static DateTimeOffset Now() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : TimeProvider.System.GetUtcNow();
}
