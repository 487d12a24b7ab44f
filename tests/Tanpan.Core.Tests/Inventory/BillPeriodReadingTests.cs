using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Quality;
using Tanpan.Core.Sources;

namespace Tanpan.Core.Tests.Inventory;

/// <summary>The period_from / period_to columns of an activity file, through the reader, the calculation and the grading.</summary>
public class BillPeriodReadingTests
{
    private static readonly FactorLibrary Library = FactorLibrary.Shipped;

    private static RawActivityRecord Bill(int line, string material, string amount, string unit, string? from, string? to,
        string? year = null, string? month = null, string? dataSource = "電費單", string type = "electricity")
    {
        var cells = new string?[RawActivityRecord.ColumnCount];
        cells[(int)ActivityColumn.Facility] = "一廠";
        cells[(int)ActivityColumn.SourceType] = type;
        cells[(int)ActivityColumn.Material] = material;
        cells[(int)ActivityColumn.Activity] = amount;
        cells[(int)ActivityColumn.Unit] = unit;
        cells[(int)ActivityColumn.Year] = year;
        cells[(int)ActivityColumn.Month] = month;
        cells[(int)ActivityColumn.DataSource] = dataSource;
        cells[(int)ActivityColumn.PeriodFrom] = from;
        cells[(int)ActivityColumn.PeriodTo] = to;
        return new RawActivityRecord(line, cells);
    }

    [Theory]
    [InlineData("2024-12-16", "2025-01-15")]
    [InlineData("113/12/16", "114/01/15")]          // ROC, as printed on a Taipower bill
    [InlineData("民國113年12月16日", "114.1.15")]
    [InlineData("2024/12/16", "2025/1/15")]
    public void Read_Period_InAdOrRocForm_BooksTheBillInTheMonthOfItsLastDay(string from, string to)
    {
        var issues = new List<ActivityIssue>();
        var row = new ActivityRowReader(Library.Materials).Read(Bill(2, "台電", "3,100", "度", from, to), issues).ShouldNotBeNull();
        issues.ShouldBeEmpty();
        row.Period.ShouldBe(new BillPeriod(new DateOnly(2024, 12, 16), new DateOnly(2025, 1, 15)));
        (row.Year, row.Month).ShouldBe((2025, 1));
    }

    [Theory]
    [InlineData("2024-12-16", null, "period_to", "a bill period needs both dates")]
    [InlineData("2025-01-15", "2024-12-16", "period_to", "must not end before it starts")]
    [InlineData("2024-02-30", "2024-03-29", "period_from", "date '2024-02-30' is not valid")]
    [InlineData("2023-01-01", "2024-12-31", "period_to", "more than 367 days")]
    public void Read_BadPeriod_IsAnIssue(string? from, string? to, string column, string english)
    {
        var issues = new List<ActivityIssue>();
        new ActivityRowReader(Library.Materials).Read(Bill(2, "台電", "100", "度", from, to), issues).ShouldBeNull();
        var issue = issues.ShouldHaveSingleItem();
        (issue.Column, issue.MessageEn.Contains(english, StringComparison.Ordinal)).ShouldBe((column, true), issue.MessageEn);
        issue.MessageZh.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
    }

    [Fact]
    public void Read_YearThatIsNotThePeriodsLastYear_IsAnIssue()
    {
        var issues = new List<ActivityIssue>();
        new ActivityRowReader(Library.Materials).Read(Bill(2, "台電", "100", "度", "2024-12-16", "2025-01-15", year: "2024"), issues).ShouldBeNull();
        issues.ShouldHaveSingleItem().MessageEn.ShouldContain("2025-01-15");
    }

    /// <summary>
    /// 3,100 度 over 2024-12-16..2025-01-15: 1,600 度 × 0.474 (2024 grid) + 1,500 度 × 0.466 (2025 grid) = 758.4 + 699 kg;
    /// the total activity is still 3,100 度 and each part is traced as allocated.
    /// </summary>
    [Fact]
    public void Calculation_SplitsTheBillAndUsesEachYearsGridFactor()
    {
        var outcome = InventoryCalculation.Run([Bill(2, "台電", "3100", "度", "2024-12-16", "2025-01-15")], new InventoryOptions());
        outcome.Issues.ShouldBeEmpty();
        var rows = outcome.Result!.Rows;
        rows.Select(r => (r.Row.Year, r.Row.Month, r.Row.Amount, r.Factor.Id, r.Total.Kilograms)).ShouldBe(
            [(2024, 12, 1600m, "grid/2024", 758.4m), (2025, 1, 1500m, "grid/2025", 699m)]);
        rows.Sum(r => r.Row.Amount).ShouldBe(3100m);
        rows.ShouldAllBe(r => r.Row.Part != null && r.Row.Line == 2);
        outcome.Result.Total.Kilograms.ShouldBe(1457.4m);
    }

    /// <summary>
    /// A bill (財務單據: A1 2, A2 1) split by days is an estimate: A1 3, so with a national factor (A3 3) its score goes from
    /// 2 × 1 × 3 = 6 to 3 × 1 × 3 = 9 and its activity bounds from ±2 % to ±10 %; a plant meter (操作報表: 1 × 2 × 3 = 6,
    /// grade 1) split by days scores 3 × 2 × 3 = 18, grade 2.
    /// </summary>
    [Theory]
    [InlineData("電費單", 6, 9, 1, 1)]
    [InlineData("操作報表紀錄", 6, 18, 1, 2)]
    public void Quality_SplitBill_IsGradedAsAnEstimate(string dataSource, int wholeScore, int splitScore, int wholeGrade, int splitGrade)
    {
        var whole = QualityAssessment.Of(InventoryCalculation.Run(
            [Bill(2, "台電", "3100", "度", "2025-01-16", "2025-02-15", dataSource: dataSource)], new InventoryOptions()).Result!).Sources.Single();
        var split = QualityAssessment.Of(InventoryCalculation.Run(
            [Bill(2, "台電", "3100", "度", "2024-12-16", "2025-01-15", dataSource: dataSource)], new InventoryOptions()).Result!).Sources.Single();
        (whole.Score, whole.Grade).ShouldBe((wholeScore, wholeGrade));
        (split.Score, split.Grade, split.ActivityLevel).ShouldBe((splitScore, splitGrade, 3));
        split.Method.NameZh.ShouldEndWith("（跨年按日分攤）");
        split.Activity.Upper.ShouldBe(0.1, 1e-12);
        split.CalibrationLevel.ShouldBe(whole.CalibrationLevel);
    }

    [Fact]
    public void Quality_MarkerWithoutText_IsUnknownProrated() =>
        DataSourceMethods.Match("〔跨年按日分攤 16/31 日〕").Key.ShouldBe("unknown_prorated");

    [Fact]
    public void SourceType_Unchanged_ForGasBills()
    {
        var outcome = InventoryCalculation.Run([Bill(2, "天然氣", "1000", "度", "2023-12-20", "2024-01-19", type: "stationary")], new InventoryOptions());
        outcome.Issues.ShouldBeEmpty();
        outcome.Result!.Rows.Select(r => (r.Row.SourceType, r.Row.Year, r.Row.Amount)).ShouldBe(
            [(SourceType.Stationary, 2023, 387.097m), (SourceType.Stationary, 2024, 612.903m)]);
    }
}
