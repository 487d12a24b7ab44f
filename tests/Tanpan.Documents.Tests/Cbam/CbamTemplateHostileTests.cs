using Tanpan.Documents.ActivityFiles;
using Tanpan.Documents.Cbam;
using Tanpan.Documents.Tests.ActivityFiles.Hostile;
using Xunit.Abstractions;

namespace Tanpan.Documents.Tests.Cbam;

/// <summary>
/// Hostile files given to the template reader are refused with a message in both languages, within seconds, and the
/// peak managed memory while reading stays under the import's 64 MB budget — the activity reader's guards (zip
/// directory and expansion checked first, DTDs refused, strings and rows charged to the budget), reused.
/// </summary>
[Collection(nameof(MemoryMeasured))]
public sealed class CbamTemplateHostileTests(ITestOutputHelper output)
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static TheoryData<string> Names { get; } =
    [
        "random-bytes-xlsx", "truncated-zip", "zip-bomb-honest", "zip-bomb-lying-large", "zip-directory-flood", "doctype-workbook",
        "template-string-flood", "template-laughs", "template-lying-small", "template-row-beyond-budget",
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public void Read_HostileFile_IsRefusedQuicklyWithinTheMemoryBudget(string name)
    {
        var (bytes, en, zh) = Make(name);
        var path = Path.Combine(Path.GetTempPath(), $"tanpan-cbam-hostile-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, bytes);
        bytes = [];
        try
        {
            var probe = PeakMemory.Start();
            var read = CbamTemplateReader.Read(path, ReadBudget.Default);
            probe.Stop();
            var error = read.Errors.ShouldHaveSingleItem(name);
            output.WriteLine($"{name} ({new FileInfo(path).Length:N0} bytes): {probe}; {error.MessageEn}");
            read.Products.ShouldBeEmpty();
            error.MessageEn.ShouldContain(en, Case.Insensitive);
            error.MessageZh.ShouldContain(zh);
            probe.Elapsed.ShouldBeLessThan(HostileFiles.MaxTime);
            probe.PeakBytes.ShouldBeLessThan(ReadBudget.DefaultBytes);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>An upload larger than the reader copies is refused before it is read.</summary>
    [Fact]
    public void Read_StreamAboveTheSizeLimit_IsRefused()
    {
        using var stream = new MemoryStream(new byte[CbamTemplateReader.MaxFileBytes + 1]);
        var error = CbamTemplateReader.Read(stream).Errors.ShouldHaveSingleItem();
        error.MessageEn.ShouldBe("the file is larger than the 32 MB limit; not read");
        error.MessageZh.ShouldBe("檔案超過 32 MB 上限，未讀取");
    }

    private static (byte[] Bytes, string En, string Zh) Make(string name)
    {
        var template = $"""<workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Summary_Communication" sheetId="1" r:id="rId1"/></sheets></workbook>""";
        var header = """<row r="12"><c r="D12" t="inlineStr"><is><t>Name of the installation (English name):</t></is></c></row>""";
        return name switch
        {
            "template-string-flood" => (HostileFiles.Workbook(HostileFiles.Sheet(header), HostileFiles.Strings(HostileFiles.Repeat("<si/>", 3_000_000)), template),
                "shared strings exceed the 64 MB memory limit", "共用字串超過"),
            "template-laughs" => (HostileFiles.Workbook(Laughs + HostileFiles.Sheet(header), workbook: template), "DTD", "DTD"),
            "template-lying-small" => (Lying(HostileFiles.Workbook(HostileFiles.Sheet(header + HostileFiles.Repeat(" ", 32 << 20)), workbook: template)),
                "not read", "未讀取"),
            "template-row-beyond-budget" => (HostileFiles.Workbook(HostileFiles.Sheet(header + WideRow()),
                HostileFiles.Strings("<si><t>" + new string('x', 30_000) + "</t></si>"), template), "exceed", "超過"),
            _ => Activity(name),
        };
    }

    private static (byte[], string, string) Activity(string name)
    {
        var (bytes, _, en, zh) = HostileFiles.Make(name);
        return (bytes, en, zh);
    }

    /// <summary>One row whose 16,000 cells each repeat a 30,000-character shared string: ~1 GB of references held as strings.</summary>
    private static string WideRow() =>
        "<row r=\"26\">" + string.Concat(Enumerable.Range(1, 16_000).Select(i => $"<c r=\"{HostileFiles.ColumnName(i)}26\" t=\"s\"><v>0</v></c>")) + "</row>";

    /// <summary>The worksheet's declared size understated (600 bytes for 32 MB): .NET stops the part there, the XML reader refuses it.</summary>
    private static byte[] Lying(byte[] workbook) => HostileFiles.LieAboutSize(workbook, "xl/worksheets/sheet1.xml", 600);

    private const string Laughs = """
        <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
        """;
}
