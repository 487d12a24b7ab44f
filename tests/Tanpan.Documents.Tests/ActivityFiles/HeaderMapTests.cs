using Tanpan.Core.Inventory;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.ActivityFiles;

/// <summary>Header handling, through real files: aliases, order, unknown, missing and duplicate columns.</summary>
public sealed class HeaderMapTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("廠區,排放型式,原燃物料,活動數據,單位,年度,排放源")]
    [InlineData("廠區名稱,排放源類型,燃料,使用量,計量單位,盤查年度,排放源名稱")]
    [InlineData("facility,source_type,material,activity,unit,year,source")]
    [InlineData("Plant, Emission Type ,Fuel,Quantity,UNITS,Reporting Year,Emission Source")]
    [InlineData("Site,Source-Type,Material Name,Activity Data,Units,reporting_year,emission source")]
    public void Build_HeaderAliases_MapEveryColumn(string header)
    {
        var path = _dir.Write("aliases.csv", $"{header}\n一廠,固定燃燒,柴油,56,公升,2021,發電機\n");

        var row = ActivityRecords.Parse(ActivityRecords.Read(path).ShouldHaveSingleItem());

        (row.Facility, row.SourceType.ToString(), row.Material.Key, row.Amount, row.UnitText, row.Year, row.Source)
            .ShouldBe(("一廠", "Stationary", "diesel", 56m, "公升", 2021, "發電機"));
    }

    [Fact]
    public void Build_UnknownColumns_AreIgnored()
    {
        var path = _dir.Write("extra.csv", "備註,facility,notes,source_type,material,activity,unit,year,成本(元)\n"
            + "手寫,一廠,see invoice 7,stationary,柴油,56,公升,2021,\"12,000\"\n");

        var record = ActivityRecords.Read(path).ShouldHaveSingleItem();

        ActivityRecords.Parse(record).Amount.ShouldBe(56m);
        Enum.GetValues<ActivityColumn>().Select(c => record[c]).ShouldNotContain("手寫");
        Enum.GetValues<ActivityColumn>().Select(c => record[c]).ShouldNotContain("12,000");
    }

    [Fact]
    public void Build_ColumnsInAnotherOrder_MapByName()
    {
        var path = _dir.Write("order.csv", "year,unit,activity,material,source_type,facility\n110,公秉,2.4,柴油,stationary,一廠\n");

        var row = ActivityRecords.Parse(ActivityRecords.Read(path).ShouldHaveSingleItem());

        (row.Year, row.UnitText, row.Amount, row.Material.Key, row.Facility).ShouldBe((2021, "公秉", 2.4m, "diesel", "一廠"));
    }

    [Theory]
    [InlineData("facility", "廠區")]
    [InlineData("source_type", "排放型式")]
    [InlineData("material", "原燃物料")]
    [InlineData("activity", "活動數據")]
    [InlineData("unit", "單位")]
    [InlineData("year", "年度")]
    public void Build_MissingRequiredColumn_IsAFileIssueOnTheHeaderLineNamingIt(string key, string zh)
    {
        var columns = new[] { "facility", "source_type", "material", "activity", "unit", "year", "source" };
        var values = new[] { "一廠", "stationary", "柴油", "56", "公升", "2021", "發電機" };
        var keep = Enumerable.Range(0, columns.Length).Where(i => columns[i] != key).ToList();
        var path = _dir.Write("missing.csv",
            string.Join(',', keep.Select(i => columns[i])) + "\n" + string.Join(',', keep.Select(i => values[i])) + "\n");

        var issue = ActivityRecords.SingleIssue(ActivityFileReader.Open(path));

        (issue.Line, issue.Column).ShouldBe((1, key));
        issue.MessageZh.ShouldContain(zh);
        issue.MessageEn.ShouldBe($"missing required column {key} ({zh})");
    }

    [Fact]
    public void Build_SeveralMissingColumns_AreAllListed()
    {
        var path = _dir.Write("missing.csv", "facility,material,unit\n一廠,柴油,公升\n");

        var file = ActivityFileReader.Open(path);

        file.FileIssues.Select(i => (i.Line, i.Column)).ShouldBe([(1, "source_type"), (1, "activity"), (1, "year")]);
        file.Records.ShouldBeEmpty();
    }

    [Fact]
    public void Build_HeaderAfterBlankLines_IssuesUseTheHeaderLine()
    {
        var path = _dir.Write("late.csv", "\n\nfacility,source_type,material,activity,unit\n一廠,stationary,柴油,56,公升\n");

        var issue = ActivityRecords.SingleIssue(ActivityFileReader.Open(path));

        (issue.Line, issue.Column).ShouldBe((3, "year"));
    }

    [Theory]
    [InlineData("facility,source_type,material,activity,unit,year,facility", 1, 7)]
    [InlineData("廠區,facility,source_type,material,activity,unit,year", 1, 2)]
    [InlineData("facility,source_type,material,活動數據,unit,year,使用量", 4, 7)]
    public void Build_DuplicateColumn_IsAFileIssueNamingBothPositions(string header, int first, int second)
    {
        var path = _dir.Write("duplicate.csv", $"{header}\n一廠,stationary,柴油,56,公升,2021,一廠\n");

        var issue = ActivityRecords.SingleIssue(ActivityFileReader.Open(path));

        issue.Line.ShouldBe(1);
        issue.MessageEn.ShouldContain($"appears twice (columns {first} and {second})");
        issue.MessageZh.ShouldContain("重複");
    }
}
