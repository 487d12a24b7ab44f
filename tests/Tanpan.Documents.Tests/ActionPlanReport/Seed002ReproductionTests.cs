using Tanpan.Core.ActionPlans;

namespace Tanpan.Documents.Tests.ActionPlanReport;

/// <summary>
/// The sample (every measure of seed 002's 附件 as transcribed) run through the Core calculator reproduces the report's
/// printed tables: 表2 (by 政策內涵), 表3 (by 主辦機關), 表5 (budgets), 表6 (emissions vs targets), the 431 人次 trained
/// and the 1.7 百萬公噸 CO2e of the year's measures. Expected values are the seed's printed figures.
/// </summary>
public class Seed002ReproductionTests
{
    private static ActionPlanTables Report => SampleActionPlan.Report;

    private static (int, int, int, int?) Cells(ExecutionTally t) => (t.Achieved, t.NotAchieved, t.Counted, t.WholePercent);

    [Fact]
    public void Sample_HasThe37MeasuresOfTheAnnex_17ReductionAnd20Capacity()
    {
        var plan = SampleActionPlan.Seed002;
        (plan.ReportYear, plan.Sector).ShouldBe((2021, "製造部門"));
        plan.Measures.Count.ShouldBe(37);
        plan.Measures.Count(m => m.Kind == MeasureKind.Reduction).ShouldBe(17);
        plan.Measures.Count(m => m.Kind == MeasureKind.CapacityBuilding).ShouldBe(20);
        plan.Measures.Select(m => m.Number).Distinct().Count().ShouldBe(37);
        // 17 推動策略: the distinct x.y prefixes of the 37 numbers (1.1–1.5, 2.1–2.8, 3.1–3.4).
        plan.Measures.Select(m => m.Number[..m.Number.LastIndexOf('.')]).Distinct().Count().ShouldBe(17);
    }

    [Fact]
    public void Table2_ByPolicy_ReproducesEveryPrintedRow()
    {
        // 表2: 輔導產業轉型 6 0 6 100% | 6 0 6 100% | 12 0 12 100%; 加強推動 11 0 11 100% | 6 0 6 100% | 17 0 17 100%;
        // 產業調整 - - - - | 8 0 8 100% | 8 0 8 100%; 總計 17 0 17 100% | 20 0 20 100% | 37 0 37 100%.
        Report.ByPolicy.Select(r => (r.Label, Cells(r.Reduction), Cells(r.Capacity), Cells(r.Total))).ShouldBe(
        [
            ("輔導產業轉型為綠色低碳企業", (6, 0, 6, 100), (6, 0, 6, 100), (12, 0, 12, 100)),
            ("加強推動產業執行溫室氣體排放減量之措施", (11, 0, 11, 100), (6, 0, 6, 100), (17, 0, 17, 100)),
            ("產業調整為永續生產製程", (0, 0, 0, null), (8, 0, 8, 100), (8, 0, 8, 100)),
        ]);
        (Cells(Report.PolicyTotal.Reduction), Cells(Report.PolicyTotal.Capacity), Cells(Report.PolicyTotal.Total))
            .ShouldBe(((17, 0, 17, 100), (20, 0, 20, 100), (37, 0, 37, 100)));
    }

    [Fact]
    public void Table3_ByAgency_ReproducesEveryPrintedRow()
    {
        // 表3: 經濟部 16 0 16 100% | 17 0 17 100% | 33 0 33 100%; 國科會 1 0 1 100% | 2 0 2 100% | 3 0 3 100%;
        // 環保署 0 0 0 0% | 1 0 1 100% | 1 0 1 100% (0 ÷ 0 is undefined here: null, shown "—"; docs/action-plans.md).
        Report.ByAgency.Select(r => (r.Label, Cells(r.Reduction), Cells(r.Capacity), Cells(r.Total))).ShouldBe(
        [
            ("經濟部", (16, 0, 16, 100), (17, 0, 17, 100), (33, 0, 33, 100)),
            ("國科會", (1, 0, 1, 100), (2, 0, 2, 100), (3, 0, 3, 100)),
            ("環保署", (0, 0, 0, null), (1, 0, 1, 100), (1, 0, 1, 100)),
        ]);
        Cells(Report.AgencyTotal.Total).ShouldBe((37, 0, 37, 100));
    }

    [Fact]
    public void Table5_Budgets_ReproducesSpentAndRates()
    {
        // 表5 (萬元): 158,613 / 62,030 / 39%; 691,909 / 138,712 / 20%; 6,380 / 1,296 / 20%; 總計 856,901 / 202,038 / 24%.
        // B is the annex's 實際經費 incl. 民間投資, summed and printed without its fraction (62,030.0125; 138,712.6642).
        Report.Budgets.Select(b => (b.PlannedTenThousands, b.SpentTenThousands, Percentages.Whole(b.Rate!.Value))).ShouldBe(
        [
            (158_613m, 62_030m, 39),
            (691_909m, 138_712m, 20),
            (6_380m, 1_296m, 20),
        ]);
        Report.BudgetTotal.SpentTenThousands.ShouldBe(202_038m);
        Percentages.Whole(Report.BudgetTotal.Rate!.Value).ShouldBe(24);
        // The seed prints the A total as 856,901; its three rows add to 856,902 (docs/action-plans.md, "表5").
        Report.BudgetTotal.PlannedTenThousands.ShouldBe(856_902m);
    }

    [Fact]
    public void Table6_Emissions_ReproducesCumulativeColumns()
    {
        // 表6 (百萬公噸 CO2e): 第一期累計 目標值 149.4 299.8 448.1 595.0 741.5; 排放值 147.8 296.6 447.4 592.1 734.0.
        Report.Emissions.Select(e => (e.Year - 1911, ActionPlanUnits.InMillionTonnes(e.Target), ActionPlanUnits.InMillionTonnes(e.Emissions),
            ActionPlanUnits.InMillionTonnes(e.CumulativeTarget), ActionPlanUnits.InMillionTonnes(e.CumulativeEmissions))).ShouldBe(
        [
            (105, 149.4m, 147.8m, 149.4m, 147.8m),
            (106, 150.4m, 148.8m, 299.8m, 296.6m),
            (107, 148.3m, 150.8m, 448.1m, 447.4m),
            (108, 146.9m, 144.7m, 595.0m, 592.1m),
            (109, 146.5m, 141.9m, 741.5m, 734.0m),
        ]);
        // 107 年 missed its annual target (150.8 > 148.3) while the period stayed under (447.4 ≤ 448.1).
        Report.Emissions.Select(e => e.Met).ShouldBe([true, true, false, true, true]);
        Report.Emissions.ShouldAllBe(e => e.CumulativeMet);
        ActionPlanUnits.InMillionTonnes(Report.Emissions[^1].CumulativeGap).ShouldBe(-7.5m);
    }

    [Fact]
    public void Intensity_109VersusBase94_Down49AgainstTarget43_Met()
    {
        var indicator = SampleActionPlan.Seed002.Intensity.ShouldHaveSingleItem();
        (indicator.Year, indicator.BaseYear, indicator.TargetReductionPercent, indicator.AchievedReductionPercent, indicator.Met)
            .ShouldBe((2020, 2005, 43m, 49m, (bool?)true));
    }

    [Fact]
    public void Summary_PeopleTrainedReductionAndSessions_MatchTheText()
    {
        // 「辦理 10 場次氣候變遷調適宣導及節能減碳說明會，完成 431 人次培訓」: 2.8.1 (2 場次, 106 人次) + 2.1.7 (8 場次, 325 人次).
        (Report.PeopleTrained, Report.Sessions).ShouldBe((431, 10));
        // 「110 年措施總減碳量為 1.7 百萬公噸 CO2e」: the 17 實質減量 measures' reductions, 171.5108 萬公噸.
        ActionPlanUnits.InTenThousandTonnes(Report.Reduction).ShouldBe(171.5108m);
        Math.Round(ActionPlanUnits.InMillionTonnes(Report.Reduction), 1, MidpointRounding.AwayFromZero).ShouldBe(1.7m);
    }
}
