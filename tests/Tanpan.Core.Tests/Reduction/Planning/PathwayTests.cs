using Tanpan.Core.Reduction.Planning;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tests.Reduction.Planning;

public sealed class PathwayTests
{
    /// <summary>
    /// Base 1,000 t in 2020, 2 %/yr growth: BAU 1,020 / 1,040.4 / 1,061.208; measure A (100 t) from 2021, B (50 t) from 2023:
    /// plan 920 / 940.4 / 911.208.
    /// </summary>
    [Fact]
    public void Build_GrowthAndTwoMeasures_SubtractsSavingsFromTheirStartYears()
    {
        var years = Pathway.Build(2020, Co2e.FromTonnes(1_000m), 2023, 2m, [new("a", 2021, Co2e.FromTonnes(100m)), new("b", 2023, Co2e.FromTonnes(50m))]);

        years.Select(y => (y.Year, y.BusinessAsUsual.Tonnes, y.Saved.Tonnes, y.Plan.Tonnes)).ShouldBe(
        [
            (2020, 1_000m, 0m, 1_000m),
            (2021, 1_020m, 100m, 920m),
            (2022, 1_040.4m, 100m, 940.4m),
            (2023, 1_061.208m, 150m, 911.208m),
        ]);
    }

    [Fact]
    public void Build_SavingsLargerThanEmissions_StopsAtZero() =>
        Pathway.Build(2020, Co2e.FromTonnes(100m), 2021, 0m, [new("a", 2021, Co2e.FromTonnes(150m))])[1].Plan.ShouldBe(Co2e.Zero);

    [Fact]
    public void Build_EndBeforeBase_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Pathway.Build(2025, Co2e.FromTonnes(1m), 2024, 0m, []));
}
