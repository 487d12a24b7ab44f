using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Tariffs;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Members;

namespace Tanpan.Web.Tests.Features.Tariffs;

/// <summary>The peak-shift API and page reproduce seed 000's two worked examples; bad input is refused field by field.</summary>
public abstract class PeakShiftTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private const string Api = "/api/v1/tariffs/peak-shift";

    [Theory]
    [InlineData("high", 27920, 0.8, 0.2, 87557.12)] // seed 000: 27,920 kWh, high voltage → NT$87,557
    [InlineData("extra-high", 607200, 1.0, 0.0, 1518000)] // seed 000: 607,200 kWh, extra-high voltage → NT$1,518,000
    public async Task Api_ReproducesSeed000(string voltage, int kwh, double semi, double off, double savings)
    {
        await using var app = AccountsApp.Shared(fixture);
        using var client = await ViewerAsync(app);
        var to = new Dictionary<string, decimal> { ["semi_peak"] = (decimal)semi };
        if (off > 0)
        {
            to["off_peak"] = (decimal)off;
        }

        var response = await client.PostAsJsonAsync(Api,
            new PeakShiftRequest("three_stage_2023_example", voltage, "summer", "weekday", kwh, "peak", to), AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = (await response.Content.ReadFromJsonAsync<PeakShiftResponse>(AccountsApp.Json))!;
        result.SavingsNtd.ShouldBe((decimal)savings);
        result.CostBeforeNtd.ShouldBe(kwh * (voltage == "high" ? 7.03m : 6.58m));
        Math.Round(result.SavingsNtd).ShouldBe(Math.Round((decimal)savings));
    }

    [Fact]
    public async Task Api_BadInput_ReportsEveryField()
    {
        await using var app = AccountsApp.Shared(fixture);
        using var client = await ViewerAsync(app);

        var response = await client.PostAsJsonAsync(Api, new PeakShiftRequest("no_such_plan", "medium", "winter", "", null, "peak", null), AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(AccountsApp.Json))!;
        problem.Errors.Keys.ShouldBe(["plan", "voltage", "season", "day", "kwh"], ignoreOrder: true);
        problem.Errors["plan"].ShouldHaveSingleItem().ShouldContain("Unknown tariff plan");
    }

    [Fact]
    public async Task Api_SharesNotSummingToOne_IsRefused()
    {
        await using var app = AccountsApp.Shared(fixture);
        using var client = await ViewerAsync(app);

        var response = await client.PostAsJsonAsync(Api, new PeakShiftRequest("three_stage_2023_example", "high", "summer", "weekday", 100, "peak",
            new Dictionary<string, decimal> { ["semi_peak"] = 0.5m }), AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(AccountsApp.Json))!.Errors.Keys.ShouldContain("to");
    }

    [Fact]
    public async Task Api_ListsTheShippedPlans_WithSeasonDates()
    {
        await using var app = AccountsApp.Shared(fixture);
        using var client = await ViewerAsync(app);

        var plans = (await client.GetFromJsonAsync<List<TariffPlanResponse>>("/api/v1/tariffs", AccountsApp.Json))!;

        plans.Count.ShouldBe(12);
        var high = plans.Single(p => p.Id == "high_voltage_three_stage");
        high.SummerDates.ShouldBe("05-16~10-15");
        high.Rates.ShouldContain(r => r.Season == "summer" && r.Day == "weekday" && r.Period == "peak" && r.NtdPerKwh == 9.39m && r.TimeWindows == "16:00-22:00");
        plans.Single(p => p.Id == "low_voltage_three_stage").SummerDates.ShouldBe("06-01~09-30");
    }

    [Fact]
    public async Task Api_Anonymous_IsRefused()
    {
        await using var app = AccountsApp.Shared(fixture);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        (await client.GetAsync(new Uri("/api/v1/tariffs", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("high", "27920", "0.8", "0.2", "87,557")]
    [InlineData("extra-high", "607,200", "1", "", "1,518,000")]
    public async Task Page_ReproducesSeed000(string voltage, string kwh, string semi, string off, string savings)
    {
        await using var app = AccountsApp.Shared(fixture);
        var client = await PageClientAsync(app);

        var response = await MembersPagesTests<TFixture>.PostAsync(client, "/tools/peak-shift", "peak-shift",
            ("Input.Plan", "three_stage_2023_example"), ("Input.Voltage", voltage), ("Input.Season", "summer"), ("Input.Day", "weekday"),
            ("Input.Kwh", kwh), ("Input.From", "peak"), ("Input.SharePeak", ""), ("Input.ShareSemiPeak", semi), ("Input.ShareOffPeak", off));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain($"<dd id=\"savings\"><strong>NT$ {savings}</strong></dd>");
    }

    [Fact]
    public async Task Page_BadInput_ShowsFieldMessagesInEnglishAndKeepsTheInput()
    {
        await using var app = AccountsApp.Shared(fixture);
        var client = await PageClientAsync(app);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var response = await MembersPagesTests<TFixture>.PostAsync(client, "/tools/peak-shift", "peak-shift",
            ("Input.Plan", "three_stage_2023_example"), ("Input.Voltage", "high"), ("Input.Season", "summer"), ("Input.Day", "saturday"),
            ("Input.Kwh", "1234"), ("Input.From", "peak"), ("Input.ShareSemiPeak", "1"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("has no peak period on summer saturday");
        html.ShouldContain("value=\"1234\"");
        html.ShouldNotContain("id=\"savings\"");
    }

    /// <summary>Seed 000 as load blocks: 5,584 kW 16:00–21:00 → 08:00–13:00 (the 80/20 split), and 4,600 kW × 6 h × 22 days peak → semi-peak.</summary>
    [Theory]
    [InlineData("high", 5584, "16:00-21:00", "08:00-13:00", 1, 87557.12)]
    [InlineData("extra-high", 4600, "16:00-22:00", "09:00-15:00", 22, 1518000)]
    public async Task BlockApi_ReproducesSeed000(string voltage, int kw, string from, string to, int days, double savings)
    {
        await using var app = AccountsApp.Shared(fixture);
        using var client = await ViewerAsync(app);

        var response = await client.PostAsJsonAsync($"{Api}/block",
            new BlockShiftRequest("three_stage_2023_example", voltage, "summer", "weekday", kw, from, to, days), AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<BlockShiftResponse>(AccountsApp.Json))!.SavingsNtd.ShouldBe((decimal)savings);
    }

    [Fact]
    public async Task BlockApi_BadWindows_AreReportedByField()
    {
        await using var app = AccountsApp.Shared(fixture);
        using var client = await ViewerAsync(app);

        var response = await client.PostAsJsonAsync($"{Api}/block",
            new BlockShiftRequest("high_voltage_three_stage", null, "summer", "weekday", 500, "22:00-24:00", "00:00-03:00", 22), AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(AccountsApp.Json))!.Errors["toWindow"].ShouldHaveSingleItem().ShouldContain("must be as long as");
    }

    /// <summary>21:00–23:00 = 1 h peak + 1 h semi-peak; 100 kW × 10 days → 08:00–10:00 (1 h off-peak + 1 h semi-peak): 15,240 − 8,380 = NT$6,860.</summary>
    [Fact]
    public async Task BlockPage_SplitsAWindowAcrossPeriods()
    {
        await using var app = AccountsApp.Shared(fixture);
        var client = await PageClientAsync(app);

        var response = await MembersPagesTests<TFixture>.PostAsync(client, "/tools/peak-shift", "peak-shift-block",
            ("Block.Plan", "high_voltage_three_stage"), ("Block.Voltage", ""), ("Block.Season", "summer"), ("Block.Day", "weekday"),
            ("Block.Kw", "100"), ("Block.Window", "21:00-23:00"), ("Block.ToWindow", "08:00-10:00"), ("Block.Days", "10"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("<dd id=\"block-cost-before\">NT$ 15,240</dd>");
        html.ShouldContain("<dd id=\"block-savings\"><strong>NT$ 6,860</strong></dd>");
    }

    [Fact]
    public async Task BlockPage_BadWindow_ShowsTheFieldMessageAndKeepsTheInput()
    {
        await using var app = AccountsApp.Shared(fixture);
        var client = await PageClientAsync(app);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var response = await MembersPagesTests<TFixture>.PostAsync(client, "/tools/peak-shift", "peak-shift-block",
            ("Block.Plan", "high_voltage_three_stage"), ("Block.Season", "summer"), ("Block.Day", "weekday"),
            ("Block.Kw", "100"), ("Block.Window", "21:10-23:00"), ("Block.ToWindow", "08:00-10:00"), ("Block.Days", "10"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("window '21:10-23:00' must be HH:mm-HH:mm on 15-minute boundaries");
        html.ShouldContain("value=\"21:10-23:00\"");
        html.ShouldNotContain("id=\"block-savings\"");
    }

    private static async Task<HttpClient> ViewerAsync(AccountsApp app)
    {
        var organisationId = await app.SeedOrganisationAsync();
        return await app.SignedInClientAsync(await app.SeedUserAsync(false, (organisationId, MembershipRole.Viewer)));
    }

    private static async Task<HttpClient> PageClientAsync(AccountsApp app)
    {
        var organisationId = await app.SeedOrganisationAsync();
        return await MembersPagesTests<TFixture>.PageClientAsync(app, await app.SeedUserAsync(false, (organisationId, MembershipRole.Viewer)));
    }
}

public sealed class SqlitePeakShiftTests(SqliteFixture fixture) : PeakShiftTests<SqliteFixture>(fixture);

public sealed class PostgresPeakShiftTests(PostgresFixture fixture) : PeakShiftTests<PostgresFixture>(fixture);
