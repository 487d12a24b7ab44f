using Tanpan.Core.Reduction;

namespace Tanpan.Core.Tests.Reduction;

/// <summary>
/// Each measure with a hand-checked example. Factors used (shipped data): grid 2021 0.509, 2024 0.474
/// kg CO₂e/kWh; MOENV 6.0.4 with AR5 GWP: natural gas 1.87903584 + 0.0000334944 × 28 + 0.00000334944 × 265
/// = 1.8808612848 kg/m³; fuel oil 3.110959872 + 0.00012057984 × 28 + 0.000024115968 × 265 = 3.12072683904 kg/L;
/// heat values (Energy Administration, from 2024): fuel oil 9,320 kcal/L, natural gas 8,107 kcal/m³.
/// </summary>
public sealed class MeasureCalculatorTests
{
    private const decimal NgKg = 1.8808612848m;
    private const decimal FuelOilKg = 3.12072683904m;

    internal static MeasureResult Run(string kind, MeasureOptions? options = null, params string[] pairs)
    {
        var outcome = MeasureCalculator.Evaluate(kind, Pairs(pairs), options ?? new MeasureOptions(GridYear: 2024));
        outcome.Problems.ShouldBeEmpty();
        return outcome.Result!;
    }

    internal static Dictionary<string, string> Pairs(string[] pairs) =>
        Enumerable.Range(0, pairs.Length / 2).ToDictionary(i => pairs[2 * i], i => pairs[(2 * i) + 1]);

    private static decimal Saved(MeasureResult r, Carrier c) => r.Savings.Single(s => s.Carrier == c).Quantity;

    /// <summary>100 × (36 − 18) W × 3,000 h / 1000 = 5,400 kWh; × 0.474 = 2.5596 t; × NT$4 = 21,600; 50,000 / 21,600 = 2.3148 years.</summary>
    [Fact]
    public void Led_HandExample_KwhCo2eCostPayback()
    {
        var r = Run("led", null, "count", "100", "watts-before", "36", "watts-after", "18", "hours", "3000", "price-electricity", "4", "investment", "50000");

        Saved(r, Carrier.Electricity).ShouldBe(5_400m);
        r.Co2e.Tonnes.ShouldBe(2.5596m);
        r.Savings.Single().FactorId.ShouldBe("grid/2024");
        r.CostSavedNtd.ShouldBe(21_600m);
        r.PaybackYears!.Value.ShouldBe(2.3148m, 0.0001m);
    }

    /// <summary>300 RT × 6,000 h × (0.95 − 0.75) kW/RT = 360,000 kWh; at the 2021 grid factor × 0.509 = 183.24 t.</summary>
    [Fact]
    public void Chiller_HandExample_Grid2021()
    {
        var r = Run("chiller", new MeasureOptions(GridYear: 2021), "rt", "300", "hours", "6000", "kw-per-rt-before", "0.95", "kw-per-rt-after", "0.75");

        Saved(r, Carrier.Electricity).ShouldBe(360_000m);
        r.Co2e.Tonnes.ShouldBe(183.24m);
        r.CostSavedNtd.ShouldBeNull();
        r.MissingPrices.ShouldBe([Carrier.Electricity]);
    }

    /// <summary>after = 1,000,000 × (1 − 0.1) × (1 − 0.3) / (1 − 0.1) = 700,000 kWh; saved 300,000.</summary>
    [Fact]
    public void AirCompressor_ControlAndLeaks_HandExample() =>
        Saved(Run("air-compressor", null, "kwh", "1000000", "control-share", "0.1", "leak-before", "0.3", "leak-after", "0.1"), Carrier.Electricity)
            .ShouldBe(300_000m, 0.0001m);

    /// <summary>Σ sf³ = 0.2 × 1 + 0.5 × 0.512 + 0.3 × 0.216 = 0.5208; / 0.97 = 0.536907; 30 kW × 6,000 h × (1 − 0.536907) = 83,356.70 kWh.</summary>
    [Fact]
    public void Vsd_AffinityLawProfile_HandExample() =>
        Saved(Run("vsd", null, "power-kw", "30", "hours", "6000", "profile", "1:0.2,0.8:0.5,0.6:0.3"), Carrier.Electricity)
            .ShouldBe(83_356.70m, 0.01m);

    /// <summary>15 kW × 0.75 × 5,000 h = 56,250 kWh shaft; × (1/0.89 − 1/0.94) = 56,250 × 0.0597657 = 3,361.82 kWh.</summary>
    [Fact]
    public void Ie4Motor_HandExample() =>
        Saved(Run("ie4-motor", null, "power-kw", "15", "load", "0.75", "hours", "5000", "efficiency-before", "0.89", "efficiency-after", "0.94"), Carrier.Electricity)
            .ShouldBe(3_361.82m, 0.01m);

    /// <summary>100,000 L × (1 − 0.80/0.90) = 11,111.11 L fuel oil; × 3.12072683904 kg/L = 34.6747 t.</summary>
    [Fact]
    public void Boiler_EfficiencyGain_HandExample()
    {
        var r = Run("boiler", null, "fuel", "fuel-oil", "quantity", "100000", "efficiency-before", "0.8", "efficiency-after", "0.9");

        Saved(r, Carrier.FuelOil).ShouldBe(11_111.11m, 0.01m);
        r.Co2e.Tonnes.ShouldBe(34.6747m, 0.0001m);
        r.Savings.Single().FactorId.ShouldBe("moenv-6.0.4/fuel_oil/stationary");
    }

    /// <summary>
    /// Q = 100,000 L × 9,320 kcal/L × 0.80 = 745,600,000 kcal; gas = Q / (8,107 × 0.92) = 99,967.29 m³.
    /// CO₂e = 100,000 × 3.12072684 − 99,967.29 × 1.88086128 kg = 312.0727 − 188.0246 = 124.0481 t.
    /// </summary>
    [Fact]
    public void FuelSwitch_FuelOilToGas_UsefulHeatBalance()
    {
        var r = Run("fuel-switch", null, "from", "fuel-oil", "to", "natural-gas", "quantity", "100000", "efficiency-before", "0.8", "efficiency-after", "0.92");

        Saved(r, Carrier.FuelOil).ShouldBe(100_000m);
        Saved(r, Carrier.NaturalGas).ShouldBe(-99_967.29m, 0.01m);
        r.Co2e.Tonnes.ShouldBe((100_000m * FuelOilKg / 1000m) - (99_967.2853840749m * NgKg / 1000m), 0.0001m);
        r.Co2e.Tonnes.ShouldBe(124.0481m, 0.0001m);
    }

    /// <summary>Coal to biomass: biomass carries no fossil CO₂e, so the whole coal factor is avoided: 1,000 kg × 2.4081 + CH₄/N₂O.</summary>
    [Fact]
    public void FuelSwitch_CoalToBiomass_NeedsHeatValuesAndAvoidsAllCoal()
    {
        var r = Run("fuel-switch", null, "from", "coal", "to", "biomass", "quantity", "1000", "efficiency-before", "0.8", "efficiency-after", "0.8",
            "from-heat-kcal", "6000", "to-heat-kcal", "4000");

        Saved(r, Carrier.Biomass).ShouldBe(-1_500m); // 1,000 × 6,000 / 4,000
        r.Savings.Single(s => s.Carrier == Carrier.Biomass).Co2e.Tonnes.ShouldBe(0m);
        r.Co2e.Tonnes.ShouldBe((1000m * 2.4081133824m + (1000m * 0.000025455744m * 28m) + (1000m * 0.000038183616m * 265m)) / 1000m, 0.0000001m);
    }

    /// <summary>500,000 kWh_th × 859.845 / (8,107 × 0.85) = 62,389.44 m³ gas saved; electricity −500,000 / 3.5 = −142,857.14 kWh.</summary>
    [Fact]
    public void HeatPump_HandExample()
    {
        var r = Run("heat-pump", null, "heat-kwh", "500000", "fuel", "natural-gas", "boiler-efficiency", "0.85", "cop", "3.5");

        Saved(r, Carrier.NaturalGas).ShouldBe(62_389.44m, 0.01m);
        Saved(r, Carrier.Electricity).ShouldBe(-142_857.14m, 0.01m);
        r.Co2e.Tonnes.ShouldBe(49.6316m, 0.0001m); // 62,389.44 × 1.8808613 − 142,857.14 × 0.474, kg → t
    }

    /// <summary>1,000,000 kWh_th × 859.845 / (9,320 × 0.85) = 108,538.88 L fuel oil; ORC 200,000 kWh.</summary>
    [Fact]
    public void WasteHeat_HeatAndOrc_HandExample()
    {
        var r = Run("waste-heat", null, "heat-kwh", "1000000", "fuel", "fuel-oil", "boiler-efficiency", "0.85", "orc-kwh", "200000");

        Saved(r, Carrier.FuelOil).ShouldBe(108_538.88m, 0.01m);
        Saved(r, Carrier.Electricity).ShouldBe(200_000m);
    }

    /// <summary>100 kWp × 1,200 = 120,000 kWh; self 70 % = 84,000 kWh × NT$3.5 = 294,000; sold 36,000 × 4.5 = 162,000; total 456,000; 84,000 × 0.474 = 39.816 t.</summary>
    [Fact]
    public void RooftopPv_SelfUseAndSale_HandExample()
    {
        var r = Run("rooftop-pv", null, "kwp", "100", "yield", "1200", "self-use-share", "0.7", "sale-price", "4.5", "price-electricity", "3.5");

        Saved(r, Carrier.Electricity).ShouldBe(84_000m);
        r.OtherCostSavingsNtd.ShouldBe(162_000m);
        r.CostSavedNtd.ShouldBe(456_000m);
        r.Co2e.Tonnes.ShouldBe(39.816m);
    }

    /// <summary>Seed 000 移轉電費試算 example 1: 27,920 kWh × (7.03 − 0.8 × 4.39 − 0.2 × 1.91) = NT$87,557.12 a month; × 4 months = 350,228.48; CO₂e 0.</summary>
    [Fact]
    public void LoadShift_SeedExample_UsesPeakShift()
    {
        var r = Run("load-shift", null, "plan", "three_stage_2023_example", "voltage", "high", "season", "summer", "kwh", "27920", "from", "peak",
            "to", "semi_peak=0.8,off_peak=0.2", "months", "4");

        r.CostSavedNtd.ShouldBe(350_228.48m);
        r.Co2e.Tonnes.ShouldBe(0m);
        r.Savings.ShouldBeEmpty();
    }

    /// <summary>The same seed example through the per-period share fields a form asks for (0.8 into semi-peak, 0.2 into off-peak): NT$350,228.48.</summary>
    [Fact]
    public void LoadShift_PerPeriodShares_EqualTheOneLineForm() =>
        Run("load-shift", null, "plan", "three_stage_2023_example", "voltage", "high", "season", "summer", "kwh", "27920", "from", "peak",
            "to-semi-peak", "0.8", "to-off-peak", "0.2", "to-peak", "0", "months", "4").CostSavedNtd.ShouldBe(350_228.48m);

    /// <summary>Seed 000 steel case: 607,200 kWh × (6.58 − 4.08) extra-high voltage = NT$1,518,000 a month, as the seed says.</summary>
    [Fact]
    public void LoadShift_SeedSteelCase_Reproduces1518000() =>
        Run("load-shift", null, "plan", "three_stage_2023_example", "voltage", "extra-high", "season", "summer", "kwh", "607200", "from", "peak", "to", "semi_peak")
            .CostSavedNtd.ShouldBe(1_518_000m);

    /// <summary>1,000 kWh × 0.474 + 100 L diesel × (2.606031792 + 0.00010550736 × 28 + 0.000021101472 × 265) = 0.474 + 0.26146 t.</summary>
    [Fact]
    public void Custom_PerCarrierSavings_HandExample() =>
        Run("custom", null, "electricity", "1000", "diesel", "100").Co2e.Tonnes.ShouldBe(0.474m + 0.261457788816m, 0.000000001m);

    /// <summary>Seed 000 air compressor as a custom measure: 1,080,000 kWh at NT$2.42, NT$7,050,000 → payback 2.697 ≈ 2.7 years; 10 years at 5 %.</summary>
    [Fact]
    public void Custom_SeedAirCompressor_PaybackNpvIrr()
    {
        var r = Run("custom", new MeasureOptions(GridYear: 2021, DiscountRate: 0.05m, LifetimeYears: 10),
            "electricity", "1080000", "price-electricity", "2.42", "investment", "7050000");

        r.PaybackYears!.Value.ShouldBe(2.7m, 0.05m);
        r.Co2e.Tonnes.ShouldBe(549.72m); // 1,080,000 × 0.509; the seed says 552 (108萬度 is rounded)
        var flows = Finance.Flows(7_050_000m, 2_613_600m, 10);
        r.NpvNtd.ShouldBe(Finance.Npv(0.05m, flows));
        r.NpvNtd!.Value.ShouldBe(13_131_526m, 1m); // 2,613,600 × 7.7217349 − 7,050,000
        r.Irr!.Value.ShouldBe(0.35264m, 0.00001m); // spreadsheet IRR of the same flows
    }

    [Fact]
    public void Subsidy_ReducesNetInvestment()
    {
        var r = Run("led", null, "count", "10", "watts-before", "40", "watts-after", "20", "hours", "1000", "price-electricity", "5", "investment", "3000", "subsidy", "1000");

        r.NetInvestmentNtd.ShouldBe(2000m);
        r.PaybackYears.ShouldBe(2m); // 10 × 20 W × 1,000 h = 200 kWh × 5 = 1,000 a year
    }

    [Fact]
    public void Catalog_EveryMeasureHasADistinctKindAndBilingualParameters()
    {
        MeasureCatalog.All.Select(m => m.Kind).ShouldBeUnique();
        MeasureCatalog.All.Count.ShouldBe(12);
        foreach (var p in MeasureCatalog.All.SelectMany(m => m.Parameters))
        {
            p.DescriptionZh.ShouldNotBeNullOrWhiteSpace();
            p.DescriptionEn.ShouldNotBeNullOrWhiteSpace();
        }
    }
}
