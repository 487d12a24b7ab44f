using Tanpan.Core.Inventory;

namespace Tanpan.Core.Tests.Inventory;

/// <summary>ISO 14064-1:2018 6.4.1, structural change: facilities added or removed since the base year, as a share of its total.</summary>
public sealed class BaseYearStructureRuleTests
{
    private static readonly Guid BaseId = Guid.Parse("0190a000-0000-7000-8000-000000000001");

    private static KeyValuePair<string, decimal>[] Facilities(params (string Name, decimal Kg)[] rows) =>
        [.. rows.Select(r => KeyValuePair.Create(r.Name, r.Kg))];

    [Fact]
    public void Compare_ClosedPlantOf6Percent_IsAboveThe5PercentThreshold()
    {
        // Base year 1,000,000 kg: A 940,000 + B 60,000; now only A. B's removal is 6 % of the base year > 5 %.
        var check = BaseYearStructureRule.Compare(BaseId, 2021, 1_000_000m,
            Facilities(("A", 940_000m), ("B", 60_000m)), Facilities(("A", 900_000m)), 5m);

        check.Facilities.ShouldHaveSingleItem().ShouldBe(new FacilityChange("B", "removed", 60_000m, 6m));
        (check.ChangedSharePercent, check.RecalculationRequired, check.BaseYear).ShouldBe((6m, true, 2021));
    }

    [Fact]
    public void Compare_AddedAndRemovedSummed_ExactlyAtThreshold_IsNotAbove()
    {
        // Removed C 30,000 (3 %) + added D 20,000 (2 %) = 5 %: "above the threshold" is strict.
        var check = BaseYearStructureRule.Compare(BaseId, 2021, 1_000_000m,
            Facilities(("A", 970_000m), ("C", 30_000m)), Facilities(("A", 970_000m), ("D", 20_000m)), 5m);

        check.Facilities.Select(f => (f.Facility, f.Change)).ShouldBe([("C", "removed"), ("D", "added")]);
        (check.ChangedSharePercent, check.RecalculationRequired).ShouldBe((5m, false));
    }

    [Fact]
    public void Compare_ZeroEmissionFacilities_AreNotEmitting_AndAZeroBaseYearFlagsAnyChange()
    {
        var check = BaseYearStructureRule.Compare(BaseId, 2021, 0m, Facilities(("A", 0m)), Facilities(("A", 0m), ("B", 10m)), 5m);

        check.Facilities.ShouldHaveSingleItem().ShouldBe(new FacilityChange("B", "added", 10m, 100m));
        check.RecalculationRequired.ShouldBeTrue();
    }
}
