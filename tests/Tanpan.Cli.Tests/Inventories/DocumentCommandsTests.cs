using DocumentFormat.OpenXml.Packaging;
using Tanpan.Testing;

namespace Tanpan.Cli.Tests.Inventories;

/// <summary>
/// <c>tanpan inventory register</c> and <c>tanpan inventory report</c>: the command around the writers (options, exit
/// codes, no half-written file). What the documents contain is tested beside the writers, in Tanpan.Documents.Tests.
/// </summary>
public sealed class DocumentCommandsTests : IDisposable
{
    private const string Example = "samples/seed001-example-2021.csv";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Register_Example_WritesTheWorkbookAndSaysSo()
    {
        var output = _dir.File("register.xlsx");
        var result = Cli.Run("inventory", "register", Example, "--out", output, "--organisation", "示範工廠股份有限公司");
        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        result.Output.ShouldContain($"register written: {output}");
        using var document = SpreadsheetDocument.Open(output, false);
        document.PackageProperties.Title.ShouldBe("溫室氣體排放量清冊 示範工廠股份有限公司 2021");
        document.WorkbookPart!.Workbook.Sheets!.ChildElements.Count.ShouldBe(8);
        Directory.GetFiles(_dir.Path).ShouldBe([output]);   // the temporary file was moved into place
    }

    [Fact]
    public void Report_NoOrganisation_NamedAfterTheFileInTheChosenLanguage()
    {
        var output = _dir.File("report.docx");
        var result = Cli.Run("inventory", "report", Example, "--out", output, "--lang", "en");
        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        result.Output.ShouldContain($"report written: {output}");
        using var document = WordprocessingDocument.Open(output, false);
        var body = document.MainDocumentPart!.Document.Body!.InnerText;
        body.ShouldContain("1. Organisation and boundaries");
        body.ShouldContain("seed001-example-2021");
    }

    [Fact]
    public void Register_UnknownFactorSet_Exit2AndNoFile()
    {
        var output = _dir.File("x.xlsx");
        var result = Cli.Run("inventory", "register", Example, "--out", output, "--factor-set", "moenv-9");
        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("unknown factor set 'moenv-9'");
        File.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void Register_BadRow_Exit2ListsTheIssueAndNoFile()
    {
        var input = _dir.Write("bad.csv", "facility,source_type,material,activity,unit,year\n廠,stationary,diesel,10,L,2021\n廠,stationary,鈾,10,L,2021\n");
        var output = _dir.File("x.xlsx");
        var result = Cli.Run("inventory", "register", input, "--out", output);
        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("line 3, column material");
        result.Output.ShouldBeEmpty();
        File.Exists(output).ShouldBeFalse();
        Directory.GetFiles(_dir.Path).ShouldBe([input]);
    }

    [Fact]
    public void Register_OutputFolderMissing_Exit2()
    {
        var result = Cli.Run("inventory", "register", Example, "--out", _dir.File("no/such/folder/x.xlsx"));
        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("does not exist");
    }

    [Fact]
    public void Register_OutIsAFolder_Exit2AndNothingLeftBehind()
    {
        var folder = Directory.CreateDirectory(_dir.File("out.xlsx")).FullName;
        var result = Cli.Run("inventory", "register", Example, "--out", folder);
        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("cannot write");
        Directory.GetFiles(_dir.Path).ShouldBeEmpty();
    }

    [Fact]
    public void Report_UnknownLanguage_IsAUsageErrorAndNoFile()
    {
        var output = _dir.File("x.docx");
        var result = Cli.Run("inventory", "report", Example, "--out", output, "--lang", "fr");
        result.ExitCode.ShouldNotBe(TanpanCli.Ok);
        File.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void Report_UnknownGwp_Exit2AndNoFile()
    {
        var output = _dir.File("x.docx");
        var result = Cli.Run("inventory", "report", Example, "--out", output, "--gwp", "AR9");
        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("unknown GWP set 'AR9'");
        File.Exists(output).ShouldBeFalse();
    }
}
