using Tanpan.Core.Tariffs;
using Tanpan.Core.Tariffs.Billing;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tests.Tariffs;

/// <summary>
/// The tariff table's rules beyond the plain bill, worked by hand from 台灣電力公司 電價表 (114年10月1日起):
/// 第五章 五、(六) own-substation discounts, 八、(六) the 4.8× / 1.6× charges of a customer with only a Saturday semi-peak or
/// off-peak contract, and 附錄一 二 the 電價調整係數. Rates: data/tariffs/taipower_tou_*_20251001.csv; multipliers:
/// data/tariffs/taipower_bill_rules_20251001.csv.
/// </summary>
public class TouBillTableOptionsTests
{
    private static BillInput Input(Dictionary<BillPeriod, decimal> kwh, Dictionary<ContractKind, decimal> contract, Dictionary<BillPeriod, decimal> demand,
        decimal? pf = null, int? substation = null, decimal? factor = null) =>
        new(kwh.ToDictionary(k => k.Key, k => KilowattHours.Of(k.Value)), new Dictionary<(Season, BillPeriod), Quantity<Energy>>(), contract, demand, pf,
            substation, factor);

    private static TouBillResult Bill(string plan, BillInput input)
    {
        var outcome = TouBill.Compute(BillPlan.Find(plan)!, 2025, 7, input);
        outcome.Problems.ShouldBeEmpty();
        return outcome.Bill!;
    }

    /// <summary>
    /// 特高壓三段式 July 2025, own 161 kV substation (五、(六) 2 %): basic 10,000 kW × 217.30 = 2,173,000; discount
    /// −2 % = −43,460; over contract peak 10,500 − 10,000 = 500 kW (≤ 10 %) × 2 × 217.30 = 217,300, not discounted (七、(二));
    /// power factor 95 % → −1.5 % of the discounted basic fee 2,129,540 = −31,943.1 → −31,943; energy 1,000,000 × 8.69 =
    /// 8,690,000; total 2,173,000 − 43,460 + 217,300 − 31,943 + 8,690,000 = 11,004,897.
    /// With 345 kV (4.2 %): −91,266; power factor −1.5 % × 2,081,734 = −31,226.01 → −31,226; total 10,957,808.
    /// </summary>
    [Theory]
    [InlineData(161, -43_460, -31_943, 11_004_897)]
    [InlineData(345, -91_266, -31_226, 10_957_808)]
    public void OwnSubstation_BasicFeeDiscount_Section5Item6_ByHand(int kv, int discount, int powerFactor, int total)
    {
        var bill = Bill("extra_high_voltage_three_stage", Input(new() { [BillPeriod.Peak] = 1_000_000 }, new() { [ContractKind.Regular] = 10_000 },
            new() { [BillPeriod.Peak] = 10_500 }, pf: 95, substation: kv));

        bill.Lines.Single(l => l.Key == "own_substation_discount").AmountNtd.ShouldBe(discount);
        bill.BasicFeeNtd.ShouldBe(2_173_000m + discount);
        bill.OverContractNtd.ShouldBe(217_300m);
        bill.PowerFactorAdjustmentNtd.ShouldBe(powerFactor);
        bill.TotalNtd.ShouldBe(total);
    }

    [Fact]
    public void OwnSubstation_OnAHighVoltagePlanOrAnotherVoltage_IsRefused()
    {
        var hv = TouBill.Compute(BillPlan.Find("high_voltage_three_stage")!, 2025, 7, Input([], new() { [ContractKind.Regular] = 100 }, [], substation: 161));
        var kv = TouBill.Compute(BillPlan.Find("extra_high_voltage_three_stage")!, 2025, 7, Input([], new() { [ContractKind.Regular] = 100 }, [], substation: 69));

        hv.Bill.ShouldBeNull();
        hv.Problems.Single().MessageEn.ShouldContain("not extra-high voltage");
        hv.Problems.Single().MessageZh.ShouldContain("不是特高壓");
        kv.Problems.Single().MessageEn.ShouldContain("161 or 345 kV");
    }

    /// <summary>
    /// 高壓三段式 July 2025 with only an off-peak contract of 1,000 kW (八、(六)): basic fee 五、(一)2 = 44.70 × (1,000 − 0) =
    /// 44,700; peak demand 200 kW × 4.8 × 223.60 (經常契約) = 214,656; Saturday demand 300 kW, less the 200 kW already charged
    /// → 100 kW × 4.8 × 44.70 = 21,456; off-peak 1,400 − 1,000 = 400 kW over contract, less the 300 kW counted before
    /// (七、(一)(5)) → 100 kW beyond 10 % × 3 × 44.70 = 13,410; energy off-peak 300,000 × 2.53 = 759,000, Saturday
    /// 10,000 × 2.60 × 1.6 = 41,600, peak 2,000 × 9.39 × 1.6 = 30,048; total 1,124,870.
    /// </summary>
    [Fact]
    public void OffPeakContractOnly_UseOutsideOffPeak_FourPointEightAndOnePointSix_ByHand()
    {
        var bill = Bill("high_voltage_three_stage", Input(
            new() { [BillPeriod.OffPeak] = 300_000, [BillPeriod.SaturdaySemiPeak] = 10_000, [BillPeriod.Peak] = 2_000 },
            new() { [ContractKind.OffPeak] = 1_000 },
            new() { [BillPeriod.Peak] = 200, [BillPeriod.SaturdaySemiPeak] = 300, [BillPeriod.OffPeak] = 1_400 }));

        bill.Lines.Where(l => l.Key.EndsWith("_outside_contract", StringComparison.Ordinal)).Select(l => (l.Key, l.Quantity, l.Rate, l.AmountNtd))
            .ShouldBe([("peak_outside_contract", 2_000m, 15.024m, 30_048m), ("saturday_semi_peak_outside_contract", 10_000m, 4.16m, 41_600m),
                ("peak_outside_contract", 200m, 1_073.28m, 214_656m), ("saturday_semi_peak_outside_contract", 100m, 214.56m, 21_456m)]);
        bill.BasicFeeNtd.ShouldBe(44_700m + 214_656m + 21_456m);
        bill.EnergyChargeNtd.ShouldBe(759_000m + 41_600m + 30_048m);
        bill.OverContractNtd.ShouldBe(13_410m);
        bill.TotalNtd.ShouldBe(1_124_870m);
    }

    /// <summary>
    /// Only a Saturday semi-peak contract of 500 kW (八、(六)): Saturday use is within the contract (450 kW, 5,000 × 2.60 = 13,000);
    /// semi-peak use is not: 100 kW × 4.8 × 166.90 = 80,112 and 1,000 kWh × 5.85 × 1.6 = 9,360; basic 500 × 44.70 = 22,350;
    /// total 124,822.
    /// </summary>
    [Fact]
    public void SaturdayContractOnly_SaturdayIsInside_SemiPeakIsOutside_ByHand()
    {
        var bill = Bill("high_voltage_three_stage", Input(
            new() { [BillPeriod.SaturdaySemiPeak] = 5_000, [BillPeriod.SemiPeak] = 1_000 },
            new() { [ContractKind.SaturdaySemiPeak] = 500 },
            new() { [BillPeriod.SaturdaySemiPeak] = 450, [BillPeriod.SemiPeak] = 100 }));

        bill.Lines.Single(l => l.Key == "saturday_semi_peak").AmountNtd.ShouldBe(13_000m);
        bill.Lines.Single(l => l is { Key: "semi_peak_outside_contract", Unit: "kW" }).AmountNtd.ShouldBe(80_112m);
        bill.Lines.Single(l => l is { Key: "semi_peak_outside_contract", Unit: "kWh" }).AmountNtd.ShouldBe(9_360m);
        bill.OverContractNtd.ShouldBe(0m);
        bill.TotalNtd.ShouldBe(124_822m);
    }

    /// <summary>
    /// 高壓二段式 January 2026 (non-summer), only an off-peak contract of 500 kW (八、(六) with 五、(一)1): basic 33.30 × (500 − 0)
    /// = 16,650; peak demand 100 kW × 4.8 × 166.90 (non-summer 經常契約) = 80,112; peak 1,000 kWh × 6.37 × 1.6 = 10,192; off-peak
    /// 50,000 × 2.46 = 123,000 (demand 480 kW within the 500 kW contract); total 229,954.
    /// </summary>
    [Fact]
    public void TwoStageNonSummer_OffPeakContractOnly_PeakUseAtFourPointEightAndOnePointSix_ByHand()
    {
        var outcome = TouBill.Compute(BillPlan.Find("high_voltage_2_tier")!, 2026, 1, Input(
            new() { [BillPeriod.Peak] = 1_000, [BillPeriod.OffPeak] = 50_000 }, new() { [ContractKind.OffPeak] = 500 },
            new() { [BillPeriod.Peak] = 100, [BillPeriod.OffPeak] = 480 }));
        var bill = outcome.Bill!;

        bill.BasicFeeNtd.ShouldBe(16_650m + 80_112m);
        bill.EnergyChargeNtd.ShouldBe(10_192m + 123_000m);
        bill.OverContractNtd.ShouldBe(0m);
        bill.TotalNtd.ShouldBe(229_954m);
    }

    /// <summary>A customer with a regular contract is never charged under 八、(六), whatever it uses.</summary>
    [Fact]
    public void RegularContract_NoOutsideContractCharge() =>
        TouBill.OutsideContractPeriods(new Dictionary<ContractKind, decimal> { [ContractKind.Regular] = 1, [ContractKind.OffPeak] = 500 }).ShouldBeEmpty();

    /// <summary>
    /// 附錄一 二、(一): 220 塑膠製品製造業, 高壓及特高壓電力電價 column 0.896. The July 2025 bill of TouBillTests (NT$2,697,976)
    /// × (0.896 − 1) = −280,589.504 → −280,590; total 2,417,386 (= 2,697,976 × 0.896 = 2,417,386.496, whole NT$).
    /// </summary>
    [Fact]
    public void AdjustmentFactor_Appendix1_MultipliesTheWholeBill_ByHand()
    {
        var bill = Bill("high_voltage_three_stage", Input(
            new() { [BillPeriod.Peak] = 100_000, [BillPeriod.SemiPeak] = 150_000, [BillPeriod.SaturdaySemiPeak] = 20_000, [BillPeriod.OffPeak] = 200_000 },
            new() { [ContractKind.Regular] = 1000, [ContractKind.SemiPeak] = 200, [ContractKind.SaturdaySemiPeak] = 100, [ContractKind.OffPeak] = 700 },
            new() { [BillPeriod.Peak] = 1050, [BillPeriod.SemiPeak] = 1350, [BillPeriod.SaturdaySemiPeak] = 1300, [BillPeriod.OffPeak] = 2100 },
            pf: 92, factor: 0.896m));

        bill.AdjustmentNtd.ShouldBe(-280_590m);
        bill.Lines.Single(l => l.Group == BillGroup.Adjustment).Quantity.ShouldBe(2_697_976m);
        bill.TotalNtd.ShouldBe(2_417_386m);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2.5)]
    public void AdjustmentFactor_OutOfRange_IsRefused(double factor) =>
        TouBill.Compute(BillPlan.Find("high_voltage_three_stage")!, 2025, 7, Input([], [], [], factor: (decimal)factor)).Problems.Single().Column
            .ShouldBe("adjustment-factor");
}
