using Tanpan.Core.ActionPlans;

namespace Tanpan.Core.Tests.ActionPlans;

public class ActionPlanCalculatorTests
{
    private static ActionMeasure Measure(string number, string policy, MeasureKind kind, string agency, MeasureStatus status,
        decimal? budget = null, decimal? privateInvestment = null, decimal? reduction = null, int? people = null) =>
        new(number, "措施" + number, policy, kind, agency, null, null, null, null, null, status,
            budget is { } b ? ActionPlanUnits.FromTenThousandDollars(b) : null, null,
            privateInvestment is { } p ? ActionPlanUnits.FromTenThousandDollars(p) : null,
            reduction is { } r ? ActionPlanUnits.FromTenThousandTonnes(r) : null, null, people, null);

    private static ActionPlan Plan(params ActionMeasure[] measures) => new(2021, "測試部門",
        [new PolicyArea("1", "甲", ActionPlanUnits.FromTenThousandDollars(300m), null), new PolicyArea("2", "乙", null, null)],
        measures, [], []);

    [Fact]
    public void Report_TwoOfThreeAchieved_Rate67PercentAndNotAssessedLeftOut()
    {
        // Policy 1 reduction: 達成, 達成, 未達成, 未評定 → a1 = 2, a2 = 1, 小計 3, 2 ÷ 3 = 66.67 % → 67 %.
        var report = ActionPlanCalculator.Report(Plan(
            Measure("1.1.1", "1", MeasureKind.Reduction, "甲部", MeasureStatus.Achieved),
            Measure("1.1.2", "1", MeasureKind.Reduction, "甲部", MeasureStatus.Achieved),
            Measure("1.1.3", "1", MeasureKind.Reduction, "乙署", MeasureStatus.NotAchieved),
            Measure("1.1.4", "1", MeasureKind.Reduction, "乙署", MeasureStatus.NotAssessed)));

        var row = report.ByPolicy[0];
        (row.Reduction.Achieved, row.Reduction.NotAchieved, row.Reduction.Counted, row.Measures).ShouldBe((2, 1, 3, 4));
        row.Reduction.Rate.ShouldBe(2m / 3m);
        row.Reduction.WholePercent.ShouldBe(67);
        row.Capacity.Rate.ShouldBeNull();
        report.ByPolicy[1].Total.Counted.ShouldBe(0);
        report.ByAgency.Select(a => (a.Key, a.Total.Achieved, a.Total.NotAchieved)).ShouldBe([("甲部", 2, 0), ("乙署", 0, 1)]);
        report.ByAgency[1].Total.WholePercent.ShouldBe(0);
    }

    [Theory]
    [InlineData(1, 8, 13)]     // 12.5 % → 13 (half away from zero, as Excel's ROUND)
    [InlineData(1, 200, 1)]    // 0.5 % → 1
    [InlineData(199, 200, 100)] // 99.5 % → 100
    [InlineData(1, 3, 33)]
    public void WholePercent_RoundsHalfAwayFromZero(int achieved, int counted, int expected) =>
        new ExecutionTally(achieved, counted - achieved).WholePercent.ShouldBe(expected);

    [Fact]
    public void Report_Budget_SpentIncludesPrivateInvestment_PrintedWithoutFraction()
    {
        // Policy 1 plans 300 萬元; spent 100.6 + 50.5 (民間投資) = 151.1 萬元 → printed 151, rate 151.1 ÷ 300 = 50.37 % → 50 %.
        var report = ActionPlanCalculator.Report(Plan(
            Measure("1.1.1", "1", MeasureKind.Reduction, "甲部", MeasureStatus.Achieved, budget: 100.6m, privateInvestment: 50.5m),
            Measure("2.1.1", "2", MeasureKind.CapacityBuilding, "甲部", MeasureStatus.Achieved, budget: 10m)));

        var first = report.Budgets[0];
        (first.SpentTenThousands, Percentages.Whole(first.Rate!.Value)).ShouldBe((151m, 50));
        report.Budgets[1].Rate.ShouldBeNull();
        report.BudgetTotal.PlannedTenThousands.ShouldBe(300m);
        report.BudgetTotal.SpentTenThousands.ShouldBe(161m);
    }

    [Fact]
    public void Report_Reduction_CountsOnlyReductionMeasures_PeopleSummed()
    {
        var report = ActionPlanCalculator.Report(Plan(
            Measure("1.1.1", "1", MeasureKind.Reduction, "甲部", MeasureStatus.Achieved, reduction: 2.5m, people: 30),
            Measure("1.1.2", "1", MeasureKind.CapacityBuilding, "甲部", MeasureStatus.Achieved, reduction: 9m, people: 12)));

        ActionPlanUnits.InTenThousandTonnes(report.Reduction).ShouldBe(2.5m);
        report.PeopleTrained.ShouldBe(42);
    }

    [Fact]
    public void Cumulate_OrdersByYearAndRunsTotalsFromTheFirstYear()
    {
        var rows = ActionPlanCalculator.Cumulate(
        [
            new SectorEmissions(2018, ActionPlanUnits.FromMillionTonnes(10m), ActionPlanUnits.FromMillionTonnes(11m)),
            new SectorEmissions(2017, ActionPlanUnits.FromMillionTonnes(10m), ActionPlanUnits.FromMillionTonnes(8m)),
        ]);

        rows.Select(r => (r.Year, ActionPlanUnits.InMillionTonnes(r.CumulativeTarget), ActionPlanUnits.InMillionTonnes(r.CumulativeEmissions), r.Met, r.CumulativeMet))
            .ShouldBe([(2017, 10m, 8m, true, true), (2018, 20m, 19m, false, true)]);
        ActionPlanUnits.InMillionTonnes(rows[1].Gap).ShouldBe(1m);
        ActionPlanUnits.InMillionTonnes(rows[1].CumulativeGap).ShouldBe(-1m);
    }

    [Theory]
    [InlineData("實質減量", MeasureKind.Reduction)]
    [InlineData("capacity-building", MeasureKind.CapacityBuilding)]
    public void ParseKind_ChineseOrEnglishKey(string text, MeasureKind expected) => ActionPlanTerms.ParseKind(text).ShouldBe(expected);

    [Fact]
    public void ParseStatus_UnknownWord_Null() => ActionPlanTerms.ParseStatus("完成").ShouldBeNull();
}
