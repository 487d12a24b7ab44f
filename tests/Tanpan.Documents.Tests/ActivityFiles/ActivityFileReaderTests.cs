using Tanpan.Documents.ActivityFiles;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.ActivityFiles;

public sealed class ActivityFileReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("data.xls", ".xls")]
    [InlineData("data.json", ".json")]
    [InlineData("data", "")]
    public void Open_UnsupportedExtension_IsAFileIssue(string name, string extension)
    {
        var path = _dir.Write(name, "facility,source_type,material,activity,unit,year\n");

        var issue = ActivityRecords.SingleIssue(ActivityFileReader.Open(path));

        (issue.Line, issue.Column).ShouldBe((1, "file"));
        issue.MessageEn.ShouldBe($"unsupported file type '{extension}'; use .csv or .xlsx");
        issue.MessageZh.ShouldContain("不支援");
    }

    [Fact]
    public void Open_FileNotFound_IsAFileIssueNamingThePath()
    {
        var path = _dir.File("nowhere.csv");

        var issue = ActivityRecords.SingleIssue(ActivityFileReader.Open(path));

        (issue.Line, issue.Column).ShouldBe((1, "file"));
        issue.MessageEn.ShouldBe($"file not found: {path}");
        issue.MessageZh.ShouldContain("找不到檔案");
    }

    [Theory]
    [InlineData("DATA.CSV")]
    [InlineData("data.txt")]
    public void Open_CsvByAnotherExtension_ReadsAsCsv(string name)
    {
        var path = _dir.Write(name, "facility,source_type,material,activity,unit,year\n一廠,stationary,柴油,56,公升,2021\n");

        var file = ActivityFileReader.Open(path);

        file.Format.ShouldBe("CSV UTF-8");
        ActivityRecords.Of(file).ShouldHaveSingleItem().Line.ShouldBe(2);
    }

    [Fact]
    public void Open_XlsxThatIsNotAWorkbook_IsRefused()
    {
        var path = _dir.Write("fake.xlsx", "facility,source_type,material,activity,unit,year\n");

        var refused = Should.Throw<ActivityFileRefusedException>(() => ActivityFileReader.Open(path));

        refused.MessageEn.ShouldStartWith("not a valid .xlsx workbook");
        refused.MessageZh.ShouldStartWith("不是有效的 .xlsx 活頁簿");
    }
}
