using Tanpan.Core.Inventory;
using Tanpan.Core.Quality;
using static Tanpan.Core.Tests.Support.Records;

namespace Tanpan.Core.Tests.Quality;

public class QualityAssessmentTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Of_ElectricityBillAndEstimatedDiesel_HandComputedGradesAndBounds()
    {
        var q = Assess(
            Row(2, "廠", "electricity", "電力", "1000000", "kWh", "2021", source: "全廠", dataSource: "財務單據(繳費單)"),
            Row(3, "廠", "stationary", "diesel", "1000", "L", "2021", source: "緊急發電機", dataSource: "維護運轉推估"));

        var power = q.Sources[0];
        power.Total.Kilograms.ShouldBe(509_000m);                                    // 1,000,000 kWh × 0.509
        (power.ActivityLevel, power.CalibrationLevel, power.FactorLevel, power.Score, power.Grade).ShouldBe((2, 1, 3, 6, 1));
        power.Uncertainty.Lower.ShouldBe(Math.Sqrt((0.02 * 0.02) + (0.07 * 0.07)), Tolerance);   // bill ±2 %, grid ±7 %: 7.2801 %
        power.Uncertainty.Upper.ShouldBe(0.0728010988928, 1e-12);

        var diesel = q.Sources[1];
        // CO₂ 2606.031792 + CH₄ 0.10550736 × 28 + N₂O 0.021101472 × 265 = 2614.57788816 kg
        diesel.Total.Kilograms.ShouldBe(2614.57788816m);
        (diesel.Score, diesel.Grade).ShouldBe((27, 3));
        // factor lower: √((0.020243 × 2606.031792)² + (0.666667 × 2.95420608)² + (0.666667 × 5.59189008)²) / 2614.57788816
        diesel.FactorBounds.Lower.ShouldBe(0.0202411703266, 1e-12);
        diesel.FactorBounds.Upper.ShouldBe(0.0109780691099, 1e-12);
        diesel.Uncertainty.Lower.ShouldBe(0.3006820662697, 1e-12);                   // √(0.30² + 0.02024117²)
        diesel.Uncertainty.Upper.ShouldBe(0.3002007961372, 1e-12);

        q.Total.Kilograms.ShouldBe(511_614.57788816m);
        ((double)q.WeightedGrade).ShouldBe((509_000 + (3 * 2614.57788816)) / 511_614.57788816, Tolerance);   // 1.01022
        // √((0.0728011 × 509000)² + (0.3006821 × 2614.578)²) / 511614.578
        q.Uncertainty.Lower.ShouldBe(0.0724453511609, 1e-12);
        q.Uncertainty.Upper.ShouldBe(0.0724452990347, 1e-12);
    }

    [Fact]
    public void Of_RefrigerantChargeWithEquipment_LeakRateRangeIsFactorSide()
    {
        var q = Assess(Row(2, "廠", "fugitive", "R-134a", "100", "kg", "2021", equipmentType: "冰水機", source: "冰水主機", dataSource: "原始填充量×逸散率"));
        var s = q.Sources.ShouldHaveSingleItem();
        s.Total.Kilograms.ShouldBe(100m * 0.085m * 1300m);                         // 8.5 % of the charge × AR5 GWP
        s.FactorBounds.Lower.ShouldBe((8.5 - 2) / 8.5, Tolerance);                    // IPCC 2–15 % around 8.5 %
        s.FactorBounds.Upper.ShouldBe((15 - 8.5) / 8.5, Tolerance);
        s.Uncertainty.Lower.ShouldBe(Math.Sqrt((0.1 * 0.1) + Math.Pow(6.5 / 8.5, 2)), Tolerance);
        (s.ActivityLevel, s.CalibrationLevel, s.FactorLevel, s.Score, s.Grade).ShouldBe((3, 2, 3, 18, 2));
    }

    [Fact]
    public void Of_AmountPaidInsteadOfBill_LowersTheGrade()
    {
        var bill = Assess(Row(2, "廠", "stationary", "natural_gas", "1000", "m3", "2021", source: "鍋爐", dataSource: "財務單據")).Sources[0];
        var paid = Assess(Row(2, "廠", "stationary", "natural_gas", "1000", "m3", "2021", source: "鍋爐", dataSource: "採購金額回推用量")).Sources[0];
        (bill.Score, bill.Grade).ShouldBe((6, 1));
        (paid.Score, paid.Grade).ShouldBe((27, 3));
        paid.Method.IsMoneyEstimate.ShouldBeTrue();
        paid.Uncertainty.Lower.ShouldBeGreaterThan(bill.Uncertainty.Lower);
    }

    [Fact]
    public void Of_MonthlyBillsOfOneSource_OneSourceWithTheWorstMethodAndLinearActivityBounds()
    {
        var q = Assess(
            Row(2, "廠", "electricity", "電力", "1000", "kWh", "2021", month: "1", source: "全廠", dataSource: "財務單據"),
            Row(3, "廠", "electricity", "電力", "3000", "kWh", "2021", month: "2", source: "全廠", dataSource: "維護運轉推估"));
        var s = q.Sources.ShouldHaveSingleItem();
        s.Lines.ShouldBe([2, 3]);
        s.Method.Key.ShouldBe("maintenance_estimate");
        s.Activity.Lower.ShouldBe(((0.02 * 1000) + (0.30 * 3000)) / 4000, Tolerance);   // correlated within a source: 23 %
        s.FactorBounds.Lower.ShouldBe(0.07, Tolerance);
    }

    [Fact]
    public void Of_SeedExampleTable_EverySourceGradedAndTotalsAgreeWithTheCalculation()
    {
        var result = InventoryCalculation.Run(Sample("seed001-example-2021.csv"), new InventoryOptions()).Result!;
        var q = QualityAssessment.Of(result);
        q.Total.ShouldBe(result.Total);
        q.Sources.Sum(s => s.Lines.Count).ShouldBe((int)result.RowCount);
        q.Sources.First(s => s.Source == "緊急發電機").Method.Key.ShouldBe("maintenance_estimate");
        q.WeightedGrade.ShouldBeInRange(1m, 3m);
        q.Uncertainty.Lower.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Of_ResultWithoutRowTraces_Throws()
    {
        var result = InventoryCalculation.Run(Sample("seed001-example-2021.csv"), new InventoryOptions { KeepRows = false }).Result!;
        Should.Throw<ArgumentException>(() => QualityAssessment.Of(result));
    }

    private static QualityAssessment Assess(params RawActivityRecord[] rows) =>
        QualityAssessment.Of(InventoryCalculation.Run(rows, new InventoryOptions()).Result!);
}
