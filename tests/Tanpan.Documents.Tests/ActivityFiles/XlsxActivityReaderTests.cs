using Tanpan.Core.Inventory;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Testing;
using static Tanpan.Documents.Tests.ActivityFiles.XlsxCell;

namespace Tanpan.Documents.Tests.ActivityFiles;

public sealed class XlsxActivityReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Open_MixedCellKinds_ReadsRecordsWithExcelRowNumbers()
    {
        var path = new XlsxBuilder()
            .Sheet("Sheet1")
            .Row(2)                                                 // an empty row element; row 1 is not there at all
            .Row(3, Shared("廠區"), Inline("排放型式"), Shared("原燃物料"), Inline("備註"), Shared("活動數據"), Inline("單位"), Shared("年度"), Shared("排放源"))
            .Row(4, Shared("一廠"), Inline("固定燃燒"), Shared("柴油"), Shared("手寫"), Number("56"), Inline("公升"), Number("2021"), RichShared("緊急", "發電機"))
            .Row(5, Shared("一廠"), Inline("固定燃燒"), Shared("天然氣"), null, Number("3882"), Shared("立方公尺"), Shared("110"))
            .Row(6, Shared(""), Inline("  "), null, Shared(""))     // blank: skipped
            .Row(8, Inline("二廠"), Shared("外購電力"), Shared("外購電力"), null, Shared("8,967,500"), Shared("度"), Number("2021"), Inline("全廠"))
            .Save(_dir.File("mixed.xlsx"));

        var file = XlsxActivityReader.Open(path);

        file.Format.ShouldBe("XLSX");
        var records = ActivityRecords.Of(file);
        records.Select(r => r.Line).ShouldBe([4, 5, 8]);
        var rows = records.Select(ActivityRecords.Parse).ToList();
        rows.Select(r => (r.Facility, r.Material.Key, r.Amount, r.UnitText, r.Year, r.Source)).ShouldBe(
        [
            ("一廠", "diesel", 56m, "公升", 2021, "緊急發電機"),
            ("一廠", "natural_gas", 3882m, "立方公尺", 2021, (string?)null),
            ("二廠", "electricity", 8_967_500m, "度", 2021, "全廠"),
        ]);
        Enum.GetValues<ActivityColumn>().Select(c => records[0][c]).ShouldNotContain("手寫");
    }

    [Fact]
    public void Open_BinaryNoiseInAStoredNumber_ReadsAsExcelShowsIt()
    {
        var path = Workbook(("stationary", "柴油", Number("0.30000000000000004"), "公秉"));

        var record = ActivityRecords.Read(path).ShouldHaveSingleItem();

        record[ActivityColumn.Activity].ShouldBe("0.3");
        ActivityRecords.Parse(record).Amount.ShouldBe(0.3m);
    }

    [Theory]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("1.0000000000000002", "1")]
    [InlineData("54835200", "54835200")]
    [InlineData("2.4", "2.4")]
    [InlineData("1E-3", "0.001")]
    [InlineData("1.5E+20", "150000000000000000000")]
    [InlineData("-0.1", "-0.1")]
    [InlineData("abc", "abc")]
    public void ExcelNumber_StoredDouble_ShowsFifteenSignificantDigits(string raw, string expected) =>
        XlsxActivityReader.ExcelNumber(raw).ShouldBe(expected);

    [Fact]
    public void Open_SheetNamedActivityData_IsPreferredOverTheFirstSheet()
    {
        var path = new XlsxBuilder()
            .Sheet("說明").Row(1, Shared("請填寫活動數據工作表"))
            .Sheet("活動數據")
            .Row(1, Shared("facility"), Shared("source_type"), Shared("material"), Shared("activity"), Shared("unit"), Shared("year"))
            .Row(2, Shared("一廠"), Shared("stationary"), Shared("柴油"), Number("56"), Shared("公升"), Number("2021"))
            .Save(_dir.File("sheets.xlsx"));

        ActivityRecords.Read(path).ShouldHaveSingleItem().Line.ShouldBe(2);
    }

    [Fact]
    public void Open_MissingColumn_IsAFileIssueOnTheHeaderRow()
    {
        var path = new XlsxBuilder()
            .Row(2, Shared("facility"), Shared("source_type"), Shared("material"), Shared("unit"), Shared("year"))
            .Row(3, Shared("一廠"), Shared("stationary"), Shared("柴油"), Shared("公升"), Number("2021"))
            .Save(_dir.File("missing.xlsx"));

        var issue = ActivityRecords.SingleIssue(XlsxActivityReader.Open(path));

        (issue.Line, issue.Column).ShouldBe((2, "activity"));
        issue.MessageEn.ShouldContain("missing required column activity");
    }

    [Fact]
    public void Open_TitleAndNoteRowsAboveTheTable_FindsTheHeader()
    {
        var path = new XlsxBuilder()
            .Row(1, Shared("示範工廠 110 年度溫室氣體盤查 活動數據表"))
            .Row(2, Shared("填表人：王小明"), Shared("日期：2022/03/01"))
            .Row(4, Shared("廠區"), Shared("排放型式"), Shared("原燃物料"), Shared("活動數據"), Shared("單位"), Shared("年度"))
            .Row(5, Shared("一廠"), Shared("固定燃燒"), Shared("柴油"), Number("56"), Shared("公升"), Number("2021"))
            .Save(_dir.File("titled.xlsx"));

        var records = ActivityRecords.Read(path);

        records.ShouldHaveSingleItem().Line.ShouldBe(5);
        ActivityRecords.Parse(records[0]).Material.Key.ShouldBe("diesel");
    }

    [Fact]
    public void Open_NoRowNamesAColumn_ReportsTheFirstRowAsHeader()
    {
        var path = new XlsxBuilder()
            .Row(1, Shared("標題"))
            .Row(2, Shared("一廠"), Shared("固定燃燒"))
            .Save(_dir.File("headless.xlsx"));

        var file = XlsxActivityReader.Open(path);

        file.FileIssues.ShouldAllBe(i => i.Line == 1);
        file.FileIssues.Select(i => i.Column).ShouldContain("facility");
    }

    [Fact]
    public void Open_EmptyWorksheet_SaysSo()
    {
        var path = new XlsxBuilder().Sheet("活動數據").Row(1).Row(2, Inline(" ")).Save(_dir.File("empty.xlsx"));

        var issue = ActivityRecords.SingleIssue(XlsxActivityReader.Open(path));

        (issue.Line, issue.Column).ShouldBe((1, "file"));
        issue.MessageEn.ShouldBe("worksheet '活動數據' is empty");
    }

    private string Workbook(params (string Type, string Material, XlsxCell Amount, string Unit)[] rows)
    {
        var builder = new XlsxBuilder()
            .Row(1, Shared("facility"), Shared("source_type"), Shared("material"), Shared("activity"), Shared("unit"), Shared("year"));
        for (var i = 0; i < rows.Length; i++)
        {
            var (type, material, amount, unit) = rows[i];
            builder.Row((uint)i + 2, Shared("一廠"), Shared(type), Shared(material), amount, Shared(unit), Number("2021"));
        }

        return builder.Save(_dir.File("workbook.xlsx"));
    }
}
