using Tanpan.Core.Reduction.Planning;

namespace Tanpan.Core.Tests.Reduction.Planning;

public sealed class TargetTableTests
{
    /// <summary>
    /// Seed 002, 表 6 (105–109 年製造部門階段管制目標值與排放值差異表, 百萬公噸 CO2e): the yearly targets are milestones,
    /// the emissions the actuals; the table's cumulative columns and the one year over target (107 年) follow.
    /// </summary>
    [Theory]
    [InlineData(2016, 149.4, 147.8, 149.4, 147.8)]
    [InlineData(2017, 150.4, 148.8, 299.8, 296.6)]
    [InlineData(2018, 148.3, 150.8, 448.1, 447.4)]
    [InlineData(2019, 146.9, 144.7, 595.0, 592.1)]
    [InlineData(2020, 146.5, 141.9, 741.5, 734.0)]
    public void Build_Seed002Table6_ReproducesYearlyAndCumulativeColumns(int year, double target, double actual, double cumulativeTarget, double cumulativeActual)
    {
        var row = Seed002Table().Single(r => r.Year == year);

        (row.Target, row.Actual).ShouldBe(((decimal)target, (decimal)actual));
        row.CumulativeTarget!.Value.ShouldBe((decimal)cumulativeTarget, 0.05m);
        row.CumulativeActual!.Value.ShouldBe((decimal)cumulativeActual, 0.05m);
        row.OverTarget.ShouldBe(actual > target);
    }

    [Fact]
    public void Build_Seed002Table6_OnlyYear107IsOverTargetAndThePeriodIsMet()
    {
        var rows = Seed002Table();

        rows.Where(r => r.OverTarget).Select(r => r.Year).ShouldBe([2018]);
        rows[^1].CumulativeGap!.Value.ShouldBe(-7.5m, 0.05m); // 734.0 − 741.5: 第一期 met
    }

    /// <summary>Linear 4.2 %/yr of a 1,000 t 2020 base: 2025 → 1,000 × (1 − 0.21) = 790; 2030 → 580.</summary>
    [Fact]
    public void ValueFor_Linear_FallsByTheRateOfTheBase()
    {
        var path = new TargetPath(2020, 2030, 1_000m, 4.2m, new Dictionary<int, decimal>());

        (path.ValueFor(2025), path.ValueFor(2030), path.ValueFor(2031), path.ValueFor(2019)).ShouldBe((790m, 580m, null, null));
    }

    /// <summary>Base 1,000 (2020), milestone 800 in 2025: 2022 = 1,000 − 200 × 2/5 = 920; past the last milestone there is none.</summary>
    [Fact]
    public void ValueFor_Milestones_InterpolatesFromTheBase()
    {
        var path = new TargetPath(2020, 2030, 1_000m, null, new Dictionary<int, decimal> { [2025] = 800m });

        (path.ValueFor(2022), path.ValueFor(2025), path.ValueFor(2026)).ShouldBe((920m, 800m, null));
    }

    [Fact]
    public void Build_PlanColumn_GapAgainstTarget()
    {
        var path = new TargetPath(2020, 2022, 1_000m, 10m, new Dictionary<int, decimal>());
        var rows = TargetTable.Build(path, new Dictionary<int, decimal> { [2021] = 950m }, new Dictionary<int, decimal> { [2021] = 880m, [2022] = 820m }, cumulative: true);

        rows.Select(r => (r.Year, r.Target, r.Actual, r.Plan, r.Gap, r.PlanGap)).ShouldBe(
        [
            (2021, 900m, 950m, 880m, 50m, -20m),
            (2022, 800m, null, 820m, null, 20m),
        ]);
        (rows[0].OverTarget, rows[1].PlanOverTarget, rows[1].CumulativeActual).ShouldBe((true, true, null));
    }

    private static IReadOnlyList<TargetRow> Seed002Table()
    {
        var targets = new Dictionary<int, decimal> { [2016] = 149.4m, [2017] = 150.4m, [2018] = 148.3m, [2019] = 146.9m, [2020] = 146.5m };
        var emissions = new Dictionary<int, decimal> { [2016] = 147.8m, [2017] = 148.8m, [2018] = 150.8m, [2019] = 144.7m, [2020] = 141.9m };
        return TargetTable.Build(new TargetPath(2015, 2020, null, null, targets), emissions, new Dictionary<int, decimal>(), cumulative: true);
    }
}
