using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;
using static Tanpan.Core.Tests.Support.Records;

namespace Tanpan.Core.Tests.Inventory;

public class ActivityRowReaderTests
{
    private readonly ActivityRowReader _reader = new(FactorLibrary.Shipped.Materials);
    private readonly List<ActivityIssue> _issues = [];

    [Fact]
    public void Read_ChineseNamesAndBillUnits_MakesATypedRow()
    {
        var row = _reader.Read(Row(7, "一廠", "外購電力", "台電", "8,967,500", "度", "110", month: "3月"), _issues)!;
        _issues.ShouldBeEmpty();
        row.Line.ShouldBe(7);
        row.SourceType.ShouldBe(SourceType.Electricity);
        row.Material.Key.ShouldBe("electricity");
        row.Amount.ShouldBe(8_967_500m);
        row.Unit.Key.ShouldBe("kWh");
        row.UnitText.ShouldBe("度");
        row.Year.ShouldBe(2021);
        row.Month.ShouldBe(3);
    }

    [Theory]
    [InlineData("1,234.5", "1234.5")]
    [InlineData("１２３４", "1234")]     // full-width digits
    [InlineData(" 56 ", "56")]
    [InlineData("1.5E+3", "1500")]
    [InlineData("0", "0")]
    public void TryParseAmount_FormsPeopleType(string text, string expected)
    {
        ActivityRowReader.TryParseAmount(text, out var value).ShouldBeTrue();
        value.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2,5")]        // a decimal comma, or a typo: never 25
    [InlineData("1,23")]
    [InlineData("1,2345")]
    [InlineData(",123")]
    [InlineData("1234,567")]
    [InlineData("12,34.5")]
    [InlineData("abc")]
    [InlineData("")]
    public void TryParseAmount_CommaNotAThousandsSeparator_IsRefused(string text) =>
        ActivityRowReader.TryParseAmount(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("12,345.6", "12345.6")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("-1,234", "-1234")]
    [InlineData("999,999.999", "999999.999")]
    public void TryParseAmount_ThousandsGrouping_IsAccepted(string text, string expected)
    {
        ActivityRowReader.TryParseAmount(text, out var value).ShouldBeTrue();
        value.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2021", 2021)]
    [InlineData("110", 2021)]
    [InlineData("110年", 2021)]
    [InlineData("民國113年", 2024)]
    [InlineData("2025年", 2025)]
    public void TryParseYear_AdAndRoc(string text, int year)
    {
        ActivityRowReader.TryParseYear(text, out var value).ShouldBeTrue();
        value.ShouldBe(year);
    }

    [Theory]
    [InlineData("", "facility", "缺少廠區", "facility is empty")]
    public void Read_MissingFacility_ReportsColumn(string facility, string column, string zh, string en)
    {
        _reader.Read(Row(2, facility, "stationary", "diesel", "1", "L", "2021"), _issues).ShouldBeNull();
        var issue = _issues.ShouldHaveSingleItem();
        (issue.Line, issue.Column, issue.MessageZh, issue.MessageEn).ShouldBe((2, column, zh, en));
    }

    [Theory]
    [InlineData("stationary", "鈾", "1", "L", "2021", null, "material", "unknown material")]
    [InlineData("火山", "diesel", "1", "L", "2021", null, "source_type", "unknown source type")]
    [InlineData("stationary", "diesel", "-5", "L", "2021", null, "activity", "must not be negative")]
    [InlineData("stationary", "diesel", "abc", "L", "2021", null, "activity", "not a number")]
    [InlineData("stationary", "diesel", "1", "桶", "2021", null, "unit", "unknown unit")]
    [InlineData("stationary", "diesel", "1", "度", "2021", null, "unit", "kWh for electricity or m³ for piped gas")]
    [InlineData("stationary", "diesel", "1", "L", "1850", null, "year", "not valid")]
    [InlineData("stationary", "diesel", "1", "L", "2021", "13", "month", "not 1–12")]
    public void Read_BadValue_OneIssueWithColumnAndBothLanguages(
        string type, string material, string amount, string unit, string year, string? month, string column, string english)
    {
        _reader.Read(Row(5, "廠", type, material, amount, unit, year, month), _issues).ShouldBeNull();
        var issue = _issues.ShouldHaveSingleItem();
        issue.Line.ShouldBe(5);
        issue.Column.ShouldBe(column);
        issue.MessageEn.ShouldContain(english);
        issue.MessageZh.ShouldNotBeNullOrWhiteSpace();
        issue.MessageZh.ShouldNotBe(issue.MessageEn);
    }

    [Fact]
    public void Read_SeveralProblemsInOneRow_ReportsEach()
    {
        _reader.Read(Row(9, "", "x", "y", "z", "w", "v"), _issues).ShouldBeNull();
        _issues.Select(i => i.Column).ShouldBe(["facility", "source_type", "material", "activity", "unit", "year"], ignoreOrder: true);
        _issues.ShouldAllBe(i => i.Line == 9);
    }

    [Fact]
    public void Read_BrokenRecordFromTheFileReader_IsAnIssue()
    {
        _reader.Read(RawActivityRecord.Broken(4, "引號錯誤", "bad quotes"), _issues).ShouldBeNull();
        _issues.ShouldHaveSingleItem().ShouldBe(new ActivityIssue(4, "file", "引號錯誤", "bad quotes"));
    }

    [Fact]
    public void Read_DuForNaturalGas_IsCubicMetres() =>
        _reader.Read(Row(2, "廠", "固定燃燒", "天然氣", "100", "度", "2021"), _issues)!.Unit.Key.ShouldBe("m3");
}
