using Tanpan.Core.Factors;
using Tanpan.Core.Gases;
using Tanpan.Core.Inventory;
using Tanpan.Core.Inventory.Rollup;
using Tanpan.Core.Tests.Support;
using static Tanpan.Core.Tests.Support.Records;

namespace Tanpan.Core.Tests.Inventory;

public class InventoryCalculationTests
{
    [Fact]
    public void Run_SeedExampleTable_TotalsAddUpEveryWay()
    {
        var result = InventoryCalculation.Run(Sample("seed001-example-2021.csv"), new InventoryOptions()).Result!;
        var rowSum = result.Rows.Sum(r => r.Total.Kilograms);
        result.Total.Kilograms.ShouldBe(rowSum);
        result.ByScope.Values.Sum(v => v.Kilograms).ShouldBe(rowSum);
        result.ByCategory.Values.Sum(v => v.Kilograms).ShouldBe(rowSum);
        result.ByGas.Values.Sum(v => v.Kilograms).ShouldBe(rowSum);
        result.ByFacility.Sum(v => v.Value.Kilograms).ShouldBe(rowSum);
        result.ByMonth.Values.Sum(v => v.Kilograms).ShouldBe(rowSum);
        result.ByScope[2].Kilograms.ShouldBe(8_967_500m * 0.509m);
        result.ByGas[GasGroup.HFCs].Kilograms.ShouldBe(3.51m);
        result.RowCount.ShouldBe(8);
        result.TopSources[0].Source.ShouldBe("塗裝作業乾燥設備");
        result.TopSources.Select(s => s.Total).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public void Run_OneBadRowAmongGood_NoResultAndEveryIssue()
    {
        var outcome = InventoryCalculation.Run(
        [
            Row(2, "廠", "stationary", "diesel", "10", "L", "2021"),
            Row(3, "廠", "stationary", "鈾", "10", "L", "2021"),
            Row(4, "廠", "stationary", "diesel", "10", "L", "2021"),
            Row(5, "廠", "electricity", "電力", "10", "度", "2010"),
            Row(6, "廠", "stationary", "diesel", "-1", "L", "2021"),
        ], new InventoryOptions());
        outcome.Succeeded.ShouldBeFalse();
        outcome.Result.ShouldBeNull();
        outcome.Issues.Select(i => (i.Line, i.Column)).ShouldBe([(3, "material"), (5, "year"), (6, "activity")]);
    }

    [Fact]
    public void Run_NoDataRows_IsAnIssueNotAZeroInventory()
    {
        var outcome = InventoryCalculation.Run([], new InventoryOptions());
        outcome.Succeeded.ShouldBeFalse();
        var issue = outcome.Issues.ShouldHaveSingleItem();
        (issue.Line, issue.Column, issue.MessageEn).ShouldBe((1, "file", "the file has no data rows"));
    }

    [Fact]
    public void Run_NoDataRowsWithAllowEmpty_IsAZeroInventory()
    {
        var outcome = InventoryCalculation.Run([], new InventoryOptions { AllowEmpty = true });
        outcome.Issues.ShouldBeEmpty();
        (outcome.Result!.Total.Kilograms, outcome.Result.Rows.Count).ShouldBe((0m, 0));
        outcome.Result.ByScope.Values.ShouldAllBe(v => v.Kilograms == 0m);
    }

    [Fact]
    public void Run_KeepRowsOff_SameTotalsWithoutTraces()
    {
        var records = Sample("seed001-example-2021.csv");
        var with = InventoryCalculation.Run(records, new InventoryOptions()).Result!;
        var without = InventoryCalculation.Run(records, new InventoryOptions { KeepRows = false }).Result!;
        without.Rows.ShouldBeEmpty();
        without.Total.ShouldBe(with.Total);
        without.ByGas.ShouldBe(with.ByGas);
    }

    /// <summary>The roll-up kernel and the per-row traces are the same arithmetic: totals agree to the last digit.</summary>
    [Fact]
    public void Kernel_ManyRandomRows_EqualsSumOfRowTraces()
    {
        var random = new Random(20261122);
        string[][] kinds =
        [
            ["stationary", "natural_gas", "m3"], ["stationary", "天然氣", "千立方公尺"], ["stationary", "柴油", "公秉"], ["mobile", "diesel", "L"],
            ["mobile", "汽油", "公升"], ["electricity", "台電", "度"], ["electricity", "electricity", "MWh"], ["stationary", "重油", "kL"],
            ["fugitive", "R-410A", "kg"], ["fugitive", "員工工時", "人時"], ["stationary", "燃料煤", "公噸"], ["stationary", "lpg", "L"],
        ];
        var records = Enumerable.Range(0, 20_000).Select(i =>
        {
            var k = kinds[random.Next(kinds.Length)];
            var amount = Math.Round((decimal)random.NextDouble() * 100_000m, random.Next(0, 4));
            return Row(i + 2, $"F{random.Next(300):000}", k[0], k[1], amount.ToString(System.Globalization.CultureInfo.InvariantCulture), k[2],
                (2020 + random.Next(5)).ToString(System.Globalization.CultureInfo.InvariantCulture), month: (1 + random.Next(12)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();

        var result = InventoryCalculation.Run(records, new InventoryOptions(GwpSetId: "AR6")).Result!;

        result.Total.Kilograms.ShouldBe(result.Rows.Sum(r => r.Total.Kilograms));
        foreach (var (facility, total) in result.ByFacility)
        {
            total.Kilograms.ShouldBe(result.Rows.Where(r => r.Row.Facility == facility).Sum(r => r.Total.Kilograms), facility);
        }

        foreach (var (group, total) in result.ByGas)
        {
            total.Kilograms.ShouldBe(result.Rows.SelectMany(r => r.Gases).Where(g => GasSpecies.GroupOf(g.Species) == group || (group == GasGroup.CO2 && g.Gwp is null))
                .Sum(g => g.Co2e.Kilograms), group.ToString());
        }

        foreach (var (month, total) in result.ByMonth)
        {
            total.Kilograms.ShouldBe(result.Rows.Where(r => (r.Row.Month ?? 0) == month).Sum(r => r.Total.Kilograms));
        }
    }

    [Fact]
    public void Kernel_RunInParts_MergesToTheWhole()
    {
        var calculator = new InventoryCalculator(FactorLibrary.Shipped, new InventoryOptions());
        var reader = new ActivityRowReader(FactorLibrary.Shipped.Materials);
        var cells = new RollupCells();
        var (first, second, whole) = (new RollupBatch(2), new RollupBatch(2), new RollupBatch(2));
        var issues = new List<ActivityIssue>();
        var rows = Sample("seed001-example-2021.csv").Select(r => reader.Read(r, issues)!).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var cell = cells.IdOf(rows[i], calculator.PlanFor(rows[i], issues));
            (i % 2 == 0 ? first : second).Add(cell, rows[i].Amount, rows[i].Month ?? 0);
            whole.Add(cell, rows[i].Amount, rows[i].Month ?? 0);
        }

        var (a, b, all) = (new RollupAccumulator(), new RollupAccumulator(), new RollupAccumulator());
        RollupKernel.Accumulate(first, cells, calculator.Plans.Count, a);
        RollupKernel.Accumulate(second, cells, calculator.Plans.Count, b);
        RollupKernel.Accumulate(whole, cells, calculator.Plans.Count, all);
        a.Merge(b);
        a.Cells(cells.Count).ToArray().ShouldBe(all.Cells(cells.Count).ToArray());
        a.PlanMonths(calculator.Plans.Count).ToArray().ShouldBe(all.PlanMonths(calculator.Plans.Count).ToArray());
        a.Rows.ShouldBe(8);
        issues.ShouldBeEmpty();
    }

    [Fact]
    public void Kernel_RowsOfOneSourceWithDifferentUnits_AreOneSourceInTheTotals()
    {
        var result = InventoryCalculation.Run(
        [
            Row(2, "廠", "electricity", "電力", "1000", "度", "2021", month: "1", source: "全廠"),
            Row(3, "廠", "electricity", "電力", "2", "千度", "2021", month: "2", source: "全廠"),
            Row(4, "廠", "electricity", "電力", "1000", "kWh", "2022", month: "1", source: "全廠"),
        ], new InventoryOptions()).Result!;
        var source = result.TopSources.ShouldHaveSingleItem();
        source.Total.Kilograms.ShouldBe((3000m * 0.509m) + (1000m * 0.495m));
        result.ByMonth[1].Kilograms.ShouldBe((1000m * 0.509m) + (1000m * 0.495m));
        result.ByMonth[2].Kilograms.ShouldBe(2000m * 0.509m);
    }
}
