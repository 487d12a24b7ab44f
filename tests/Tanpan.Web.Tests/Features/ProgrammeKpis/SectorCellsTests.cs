using Tanpan.Web.Features.ProgrammeKpis;
using static Tanpan.Web.Features.ProgrammeKpis.SectorCells;

namespace Tanpan.Web.Tests.Features.ProgrammeKpis;

/// <summary>
/// The sector roll-up's cells on a hand-worked example: three textile companies (11) with 2022 and 2023 locked, two metal
/// companies (25) with 2023 only.
/// <code>
///        2022 t  rev NT$   2023 t  rev NT$
/// O1 11   100    10 M        90    10 M
/// O2 11   200    20 M       180    25 M
/// O3 11   300    30 M       330    30 M
/// O4 25                      50    (none)
/// O5 25                      60    (none)
/// (11, 2022): 3 organisations, 600 t, 600 / 60 = 10 t per NT$ million
/// (11, 2023): 3 organisations, 600 t, 600 / 65 = 9.2308 t per NT$ million; like for like vs 2022: (600/65) / (600/60) − 1 = 60/65 − 1 = −7.69 %
/// (25, 2023): 2 organisations: hidden (fewer than 3)
/// </code>
/// </summary>
public sealed class SectorCellsTests
{
    private static readonly Organisation[] Sample =
    [
        new(Guid.NewGuid(), "11", [new(2022, 100m, 10_000_000m), new(2023, 90m, 10_000_000m)]),
        new(Guid.NewGuid(), "11", [new(2022, 200m, 20_000_000m), new(2023, 180m, 25_000_000m)]),
        new(Guid.NewGuid(), "11", [new(2022, 300m, 30_000_000m), new(2023, 330m, 30_000_000m)]),
        new(Guid.NewGuid(), "25", [new(2023, 50m, null)]),
        new(Guid.NewGuid(), "25", [new(2023, 60m, null)]),
    ];

    [Fact]
    public void Compute_HandWorkedSample_GivesTheCells()
    {
        var result = Compute(Sample, baseYear: null);

        (result.BaseYear, result.Organisations).ShouldBe((2022, 5));   // the earliest year when none is chosen
        var textiles2022 = result.Cells.Single(c => c.Industry == "11" && c.Year == 2022);
        (textiles2022.Organisations, textiles2022.Hidden, textiles2022.Tonnes, textiles2022.Intensity).ShouldBe((3, false, 600m, 10m));
        textiles2022.IntensityChange.ShouldBe(0m);
        var textiles2023 = result.Cells.Single(c => c.Industry == "11" && c.Year == 2023);
        (textiles2023.Tonnes, textiles2023.Matched).ShouldBe((600m, 3));
        textiles2023.Intensity!.Value.ShouldBe(600m / 65m, 1e-12m);
        textiles2023.IntensityChange!.Value.ShouldBe((60m / 65m) - 1m, 1e-12m);
    }

    [Fact]
    public void Compute_CellOfTwo_IsHiddenWithItsFiguresWithheld()
    {
        var metal = Compute(Sample, null).Cells.Single(c => c.Industry == "25");

        (metal.Organisations, metal.Hidden, metal.Tonnes, metal.Intensity, metal.IntensityChange).ShouldBe((2, true, null, null, null));
    }

    [Fact]
    public void Compute_LikeForLikeGroupBelowThree_GivesNoChange()
    {
        // O3 has no revenue in 2022: only two textile companies have both years with a revenue.
        Organisation[] sample = [Sample[0], Sample[1], Sample[2] with { Years = [new(2022, 300m, null), new(2023, 330m, 30_000_000m)] }];

        var cell = Compute(sample, 2022).Cells.Single(c => c.Year == 2023);

        (cell.Hidden, cell.Matched, cell.IntensityChange).ShouldBe((false, 2, null));
        cell.Intensity!.Value.ShouldBe(600m / 65m, 1e-12m);   // the year's own intensity still has three companies with a revenue
    }
}
