using Tanpan.Core.Factors;
using Tanpan.Core.Reduction;
using Tanpan.Core.Sources;

namespace Tanpan.Core.Tests.Reduction;

/// <summary>The shipped seed cases: loaded, searchable, and their figures consistent with each other.</summary>
public sealed class CaseLibraryTests
{
    private static readonly CaseLibrary Library = CaseLibrary.Shipped;

    [Fact]
    public void Shipped_EveryCaseHasSourceAndKnownMeasureKind()
    {
        Library.Cases.Count.ShouldBe(17);
        Library.Cases.Select(c => c.Id).ShouldBeUnique();
        foreach (var c in Library.Cases)
        {
            MeasureCatalog.Find(c.Measure).ShouldNotBeNull(c.Id);
            c.SourceFile.ShouldMatch(@"^00[023]_[0-9a-f]{16}\.txt$", c.Id);
            c.Locator.ShouldNotBeNullOrWhiteSpace(c.Id);
            c.Year.ShouldBeInRange(2020, 2026, c.Id);
        }
    }

    [Fact]
    public void Search_ByMeasure_FindsSeedChillerCases() =>
        Library.Search(measure: "chiller").Select(c => c.Id).ShouldBe(["s002-chiller-ai", "s003-fuyun-cold-chain"]);

    [Theory]
    [InlineData("機械", 3)]
    [InlineData("machinery", 3)]
    [InlineData("STEEL", 2)]
    public void Search_ByIndustry_ChineseOrEnglishCaseInsensitive(string industry, int count) =>
        Library.Search(industry).Count().ShouldBe(count);

    [Fact]
    public void Search_BothFilters_Intersect() =>
        Library.Search("steel", "load-shift").Single().Id.ShouldBe("s000-load-shift-steel");

    [Fact]
    public void Search_NoMatch_Empty() => Library.Search("aerospace").ShouldBeEmpty();

    /// <summary>
    /// kWh × grid factor of the case's year ≈ tCO₂e, within the rounding the seed allows: half a unit of
    /// the last digit of the kWh and t figures as printed, plus half a unit of the factor's third decimal
    /// (0.0005 kg/kWh) times the kWh. E.g. chiller AI: 2,595,000 × 0.509 = 1,320.86 vs 1,321 (±0.5 + 0.25 + 1.30).
    /// </summary>
    [Theory]
    [InlineData("s000-air-compressor", 5_000, 0.5)]           // 108萬度, 552 t
    [InlineData("s002-chiller-ai", 500, 0.5)]                 // 259.5萬度, 1,321 t
    [InlineData("s003-chengmei-led-pv", 0.5, 0.005)]          // 387,120 度, 197.13 t
    [InlineData("s003-changyixing-ai-process", 0.5, 0.005)]   // 1,060,000 度, 539.54 t
    [InlineData("s003-fuyun-cold-chain", 0.5, 0.5)]           // 264,225 度, 125 t
    public void ElectricityCase_KwhTimesGridFactor_MatchesTonnes(string id, double kwhHalfUnit, double tHalfUnit)
    {
        var c = Library.Cases.Single(x => x.Id == id);
        c.EnergyUnit.ShouldBe("kWh");
        var factor = FactorLibrary.Shipped.GridFactors[c.GridYear!.Value].Gases.Single().KgPerUnit;
        var tolerance = ((decimal)kwhHalfUnit * factor / 1000m) + (c.EnergySaved!.Value * 0.0005m / 1000m) + (decimal)tHalfUnit;

        (c.EnergySaved.Value * factor / 1000m).ShouldBe(c.Co2e!.Value.Tonnes, tolerance);
    }

    /// <summary>
    /// Fuel oil saved × MOENV 6.0.4 fuel-oil factor (AR5) ≈ tCO₂e: 9,300,000 L × 3.1207 kg/L = 29,023 t vs 2.9萬;
    /// 57,000,000 L → 177,881 t vs 17.9萬 (0.93萬/5.7萬 公秉 rounded to 100 kL and 1,000 kL; t to 1,000 t).
    /// </summary>
    [Theory]
    [InlineData("s002-steam-integration-2021", 50_000, 500)]
    [InlineData("s002-steam-integration-2018-2021", 500_000, 500)]
    public void FuelOilCase_LitresTimesFactor_MatchesTonnes(string id, double litreHalfUnit, double tHalfUnit)
    {
        var c = Library.Cases.Single(x => x.Id == id);
        var f = FactorLibrary.Shipped.FindSet("moenv-6.0.4")!.Find("fuel_oil", SourceType.Stationary)!;
        var gwp = FactorLibrary.Shipped.FindGwpSet("AR5")!;
        var kgPerL = f.Gases.Sum(g => g.KgPerUnit * gwp.Find(g.Species)!.Value);

        (c.EnergySaved!.Value * kgPerL / 1000m).ShouldBe(c.Co2e!.Value.Tonnes, ((decimal)litreHalfUnit * kgPerL / 1000m) + (decimal)tHalfUnit);
    }

    /// <summary>
    /// Payback = investment / yearly savings. The air-compressor case gives no NT$ savings; the price per kWh
    /// its 2.7 years imply (7,050,000 / (2.7 × 1,080,000) = NT$2.42) must be an industrial tariff (NT$2–3.5/kWh
    /// in 2021–2023), allowing for the printed rounding (2.65–2.75 years, 1,075,000–1,085,000 kWh).
    /// </summary>
    [Fact]
    public void AirCompressorCase_PaybackImpliesAnIndustrialElectricityPrice()
    {
        var c = Library.Cases.Single(x => x.Id == "s000-air-compressor");
        var low = c.InvestmentNtd!.Value / ((c.PaybackYears!.Value + 0.05m) * (c.EnergySaved!.Value + 5_000m));
        var high = c.InvestmentNtd.Value / ((c.PaybackYears.Value - 0.05m) * (c.EnergySaved.Value - 5_000m));

        low.ShouldBeGreaterThan(2m);
        high.ShouldBeLessThan(3.5m);
    }

    /// <summary>
    /// The chiller AI case (NT$294,000, 2,595,000 kWh, 0.2 years) implies at most NT$0.76/kWh
    /// (294,000 / (0.15 × 2,594,500)): far below any tariff. The seed's payback cannot be electricity at the
    /// tariff; the library keeps the figures as printed and docs/measures.md says so. This test pins that finding.
    /// </summary>
    [Fact]
    public void ChillerAiCase_PaybackImpliesPriceFarBelowTariff()
    {
        var c = Library.Cases.Single(x => x.Id == "s002-chiller-ai");
        var highest = c.InvestmentNtd!.Value / ((c.PaybackYears!.Value - 0.05m) * (c.EnergySaved!.Value - 500m));

        highest.ShouldBeLessThan(1m);
    }

    /// <summary>Yearly savings ÷ kWh of the LED + PV case is exactly NT$2.60/kWh: 1,006,512 / 387,120.</summary>
    [Fact]
    public void ChengmeiCase_SavingsOverKwh_IsTwoSixty()
    {
        var c = Library.Cases.Single(x => x.Id == "s003-chengmei-led-pv");
        (c.AnnualSavingsNtd!.Value / c.EnergySaved!.Value).ShouldBe(2.60m);
    }

    /// <summary>The load-shift cases' monthly NT$ reproduce with the load-shift measure on the seed's tariff table.</summary>
    [Theory]
    [InlineData("s000-load-shift-metal", "high", "semi_peak=0.8,off_peak=0.2", 0.5)]
    [InlineData("s000-load-shift-steel", "extra-high", "semi_peak", 0.5)]
    public void LoadShiftCase_ReproducedByMeasure(string id, string voltage, string to, double halfUnit)
    {
        var c = Library.Cases.Single(x => x.Id == id);
        var r = MeasureCalculatorTests.Run("load-shift", null, "plan", "three_stage_2023_example", "voltage", voltage, "season", "summer",
            "kwh", c.EnergySaved!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "from", "peak", "to", to);

        r.CostSavedNtd!.Value.ShouldBe(c.AnnualSavingsNtd!.Value, (decimal)halfUnit);
    }
}
