extern alias cli;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tanpan.Core.Factors;
using Tanpan.Web.Features.Planning;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;
using TanpanCli = cli::Tanpan.Cli.TanpanCli;

namespace Tanpan.Web.Tests.Features.Planning;

/// <summary>The planning API's reference parts (measure catalog and calculators, case library, fee from tonnes): no tenant data, SQLite only.</summary>
public sealed class PlanningApiTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task ListMeasures_EveryCalculator_WithUnitsLabelsInBothLanguagesAndDefaults()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var measures = (await world.Client.GetFromJsonAsync<List<MeasureInfo>>("/api/v1/measures", AccountsApp.Json))!;

        measures.Count.ShouldBe(12);
        measures.Select(m => m.Id).ShouldContain("air-compressor");
        measures.ShouldAllBe(m => m.NameZh.Length > 0 && m.NameEn.Length > 0 && m.Formula.Length > 0 && m.Parameters.All(p => p.LabelZh.Length > 0 && p.LabelEn.Length > 0 && p.Unit.Length > 0));
        var vsd = measures.Single(m => m.Id == "vsd");
        vsd.Parameters.Single(p => p.Key == "drive-efficiency").Default.ShouldBe("0.97");
        vsd.Parameters.Single(p => p.Key == "power-kw").Required.ShouldBeTrue();
        vsd.Parameters.Single(p => p.Key == "price-electricity").Unit.ShouldBe("NT$/kWh");
        vsd.Options.Single(o => o.Key == "lifetimeYears").Default.ShouldBe("10");
    }

    [Theory]
    [InlineData("led", new[] { "--count", "100", "--watts-before", "36", "--watts-after", "18", "--hours", "3000", "--price-electricity", "4", "--investment", "50000", "--grid-year", "2024" })]
    [InlineData("fuel-switch", new[] { "--from", "fuel-oil", "--to", "natural-gas", "--quantity", "100000", "--efficiency-before", "0.8", "--efficiency-after", "0.92",
        "--price-fuel-oil", "20", "--price-natural-gas", "15", "--investment", "2000000", "--subsidy", "500000", "--discount-rate", "0.08", "--lifetime", "12" })]
    [InlineData("air-compressor", new[] { "--kwh", "4000000", "--control-share", "0.15", "--leak-before", "0.3", "--leak-after", "0.1", "--price-electricity", "3.5",
        "--investment", "7050000" })]
    public async Task Evaluate_SameInputsAsTheCli_SameNumbers(string measure, string[] cli)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var expected = CliJson(["measure", "evaluate", measure, .. cli]);
        var (parameters, options) = Split(cli);

        var response = await world.Client.PostAsJsonAsync($"/api/v1/measures/{measure}/evaluate", new
        {
            parameters,
            discountRate = options.TryGetValue("discount-rate", out var rate) ? decimal.Parse(rate, CultureInfo.InvariantCulture) : (decimal?)null,
            lifetimeYears = options.TryGetValue("lifetime", out var life) ? int.Parse(life, CultureInfo.InvariantCulture) : (int?)null,
            gridYear = options.TryGetValue("grid-year", out var grid) ? int.Parse(grid, CultureInfo.InvariantCulture) : (int?)null,
        }, AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var actual = (await response.Content.ReadFromJsonAsync<MeasureEvaluationResponse>(AccountsApp.Json))!;
        actual.Co2eT.ShouldBe(expected.GetProperty("tco2e").GetDecimal());
        actual.CostSavedNtd.ShouldBe(expected.GetProperty("cost_saved_ntd").GetDecimal());
        actual.PaybackYears.ShouldBe(expected.GetProperty("payback_years").GetDecimal());
        actual.NpvNtd.ShouldBe(expected.GetProperty("npv_ntd").GetDecimal());
        actual.Irr.ShouldBe(Nullable(expected.GetProperty("irr")));
        actual.Basis.GridYear.ShouldBe(expected.GetProperty("grid_year").GetInt32());
        actual.Savings.Select(s => (s.Carrier, s.Quantity, s.Co2eT, s.FactorId)).ShouldBe(expected.GetProperty("savings").EnumerateArray()
            .Select(s => (s.GetProperty("carrier").GetString()!, s.GetProperty("quantity").GetDecimal(), s.GetProperty("tco2e").GetDecimal(), s.GetProperty("factor_id").GetString()!)));
        actual.Co2eT.ShouldBeGreaterThan(0m);
    }

    [Fact]
    public async Task Evaluate_NegativeLifetimeZeroPriceAndMissingInput_FieldMessagesInBothLanguages()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var response = await world.Client.PostAsJsonAsync("/api/v1/measures/led/evaluate", new
        {
            parameters = new Dictionary<string, object> { ["count"] = 100, ["watts-before"] = 36, ["watts-after"] = 18, ["price-electricity"] = 0 },
            lifetimeYears = -3,
        }, AccountsApp.Json);

        var errors = await Validation.ErrorsAsync(response);
        errors.Keys.ShouldBe(["lifetimeYears", "parameters.hours", "parameters.price-electricity"], ignoreOrder: true);
        errors["lifetimeYears"].ShouldHaveSingleItem().ShouldContain("lifetime must be 1–50 years (got -3)");
        errors["lifetimeYears"][0].ShouldContain("lifetime 須為 1–50 年（收到 -3）");
        errors["parameters.price-electricity"].ShouldHaveSingleItem().ShouldContain("must be in (0, ∞) (got 0)");
        errors["parameters.price-electricity"][0].ShouldNotContain("--");
    }

    [Fact]
    public async Task Evaluate_UnknownMeasure_404WithItsName()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var response = await world.Client.PostAsJsonAsync("/api/v1/measures/solar-wind/evaluate", new { parameters = new { kwp = 1 } }, AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("solar-wind");
    }

    [Fact]
    public async Task Cases_FiltersAndPages_TenAPageInLibraryOrder()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var all = (await world.Client.GetFromJsonAsync<CasePage>("/api/v1/cases", AccountsApp.Json))!;
        var second = (await world.Client.GetFromJsonAsync<CasePage>("/api/v1/cases?page=2", AccountsApp.Json))!;
        var custom = (await world.Client.GetFromJsonAsync<CasePage>("/api/v1/cases?measure=custom", AccountsApp.Json))!;
        var text = (await world.Client.GetFromJsonAsync<CasePage>("/api/v1/cases?q=%E7%A9%BA%E5%A3%93", AccountsApp.Json))!; // 空壓
        var industry = (await world.Client.GetFromJsonAsync<CasePage>("/api/v1/cases?industry=steel", AccountsApp.Json))!;

        (all.Total, all.TotalPages, all.Cases.Count, second.Cases.Count).ShouldBe((17, 2, 10, 7));
        all.Cases.Concat(second.Cases).Select(c => c.Id).ShouldBe(CaseChecks.Library.Cases.Select(c => c.Id));
        custom.Cases.ShouldAllBe(c => c.Measure == "custom");
        custom.Total.ShouldBe(7);
        text.Cases.Select(c => c.Id).ShouldContain("s000-air-compressor");
        industry.Cases.ShouldNotBeEmpty();
        industry.Cases.ShouldAllBe(c => c.IndustryEn.Contains("steel", StringComparison.OrdinalIgnoreCase) || c.IndustryZh.Contains("steel", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Case_AirCompressor_KwhTimesGridFactorOfItsYearAgreesWithThePrintedTonnes()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var detail = (await world.Client.GetFromJsonAsync<CaseDetail>("/api/v1/cases/s000-air-compressor", AccountsApp.Json))!;

        var factor = FactorLibrary.Shipped.GridFactors[2021].Gases.Sum(g => g.KgPerUnit);
        var co2e = detail.Checks.Single(c => c.Kind == "co2e-from-electricity");
        (co2e.Recomputed, co2e.Stated, co2e.Agrees).ShouldBe((1_080_000m * factor / 1000m, 552m, true));
        co2e.FormulaEn.ShouldContain("1,080,000 kWh");
        detail.SourceFile.ShouldStartWith("000_");
    }

    [Fact]
    public async Task Case_RuigeMonitoring_PrintedTonnesFlaggedAgainstTheRecomputation()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var detail = (await world.Client.GetFromJsonAsync<CaseDetail>("/api/v1/cases/s003-ruige-monitoring", AccountsApp.Json))!;
        var unknown = await world.Client.GetAsync(new Uri("/api/v1/cases/s999-nothing", UriKind.Relative));

        var co2e = detail.Checks.ShouldHaveSingleItem();
        co2e.Agrees.ShouldBe(false);
        co2e.DifferencePercent!.Value.ShouldBeLessThan(-50m); // 4,300 kWh is about 2 t, the seed prints 12.95 t
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(30_000, 5_000, 1_500_000)]
    [InlineData(59_882, 34_882, 10_464_600)] // seed 000's copper-foil plant 1
    [InlineData(72_498, 47_498, 14_249_400)] // and plant 2
    public async Task CarbonFee_Tonnes_ChargeableAndFeeAsTheCli(int tonnes, int chargeable, int fee)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var response = await world.Client.PostAsJsonAsync("/api/v1/carbon-fee/estimate", new { emissionsT = tonnes }, AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var estimate = (await response.Content.ReadFromJsonAsync<CarbonFeeResponse>(AccountsApp.Json))!;
        (estimate.ChargeableT, estimate.FeeNtd, estimate.Year, estimate.Rate).ShouldBe((chargeable, fee, 2025, "general"));
        var cli = CliJson(["fee", "estimate", "--emissions-t", tonnes.ToString(CultureInfo.InvariantCulture)]);
        (cli.GetProperty("chargeable_t").GetDecimal(), cli.GetProperty("fee_ntd").GetDecimal()).ShouldBe((estimate.ChargeableT, estimate.FeeNtd));
    }

    [Fact]
    public async Task CarbonFee_RateBHighLeakage2027_UsesPeriodTwo()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var response = await world.Client.PostAsJsonAsync("/api/v1/carbon-fee/estimate",
            new { emissionsT = 100_000, rate = "b", highLeakage = true, year = 2027, offsetsT = 10_000 }, AccountsApp.Json);

        var estimate = (await response.Content.ReadFromJsonAsync<CarbonFeeResponse>(AccountsApp.Json))!;
        (estimate.AdjustmentFactor, estimate.ChargeableT, estimate.OffsetsAppliedT, estimate.OffsetsCapped, estimate.FeeNtd)
            .ShouldBe((0.4m, 40_000m, 4_000m, true, 3_600_000m));
    }

    [Fact]
    public async Task CarbonFee_BadInput_FieldMessagesAndNothingEstimated()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var neither = await Validation.ErrorsAsync(await world.Client.PostAsJsonAsync("/api/v1/carbon-fee/estimate", new { rate = "C" }, AccountsApp.Json));
        var negative = await Validation.ErrorsAsync(await world.Client.PostAsJsonAsync("/api/v1/carbon-fee/estimate",
            new { emissionsT = -1, offsetsT = -2, year = 2024 }, AccountsApp.Json));

        neither.Keys.ShouldBe(["rate", "emissionsT"], ignoreOrder: true);
        negative.Keys.ShouldBe(["emissionsT", "offsetsT", "year"], ignoreOrder: true);
        negative["emissionsT"].ShouldHaveSingleItem().ShouldContain("排放量不可為負數");
        negative["emissionsT"][0].ShouldContain("emissions must not be negative");
    }

    internal static JsonElement CliJson(string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        TanpanCli.Run([.. args, "--json"], output, error).ShouldBe(TanpanCli.Ok, error.ToString());
        return JsonDocument.Parse(output.ToString()).RootElement.Clone();
    }

    private static (Dictionary<string, string> Parameters, Dictionary<string, string> Options) Split(string[] cli)
    {
        string[] optionKeys = ["discount-rate", "lifetime", "grid-year", "factor-set", "gwp"];
        var pairs = cli.Chunk(2).Select(p => (Key: p[0][2..], Value: p[1])).ToList();
        return (pairs.Where(p => !optionKeys.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value),
            pairs.Where(p => optionKeys.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value));
    }

    private static decimal? Nullable(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();
}
