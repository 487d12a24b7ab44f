using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Tanpan.Core.Reduction;
using Tanpan.Web.Features.Plans;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Plans;

/// <summary>A plan's measures with uneven cash flows (docs/measures.md, "Cash flows"): API fields, page columns, bad input.</summary>
public abstract class PlanCashFlowTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static Task<HttpResponseMessage> PostMeasureAsync(PlanWorld world, Guid planId, int lifetime, params (string Key, string Value)[] parameters) =>
        world.Client.PostAsJsonAsync($"/api/v1/plans/{planId}/measures", new
        {
            kind = "custom",
            label = "變頻空壓機",
            startYear = 2026,
            lifetimeYears = lifetime,
            parameters = parameters.ToDictionary(p => p.Key, p => p.Value),
        }, AccountsApp.Json);

    /// <summary>10,000 kWh × NT$3 = 30,000 a year, less 5,000 running cost = 25,000; NT$100,000 invested; 10 years at 5 %:
    /// NPV = −100,000 + 25,000 × 7.7217349 = 93,043.37.</summary>
    [Fact]
    public async Task Measure_RunningCost_FlowsNpvDiscountedPaybackAndMirrInTheResponse()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 60_000_000m), 2027);

        var response = await PostMeasureAsync(world, plan.Id, 10, ("electricity", "10000"), ("price-electricity", "3"), ("investment", "100000"), ("running-cost", "5000"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var m = (await response.Content.ReadFromJsonAsync<PlanMeasureResponse>(AccountsApp.Json))!;
        m.FlowsNtd.ShouldBe([-100_000m, .. Enumerable.Repeat(25_000m, 10)]);
        m.NpvNtd!.Value.ShouldBe(93_043.37m, 0.01m);
        m.PaybackYears.ShouldBe(4m);
        m.DiscountedPaybackYears.ShouldBe(Finance.DiscountedPayback(0.05m, m.FlowsNtd!));
        m.Mirr.ShouldBe(Finance.Mirr(m.FlowsNtd!, 0.05m, 0.05m));
        m.IrrStatus.ShouldBe("one");
    }

    /// <summary>NT$10,000 a year, NT$1,000 invested, 3 years, NT$30,000 replacement in year 2: −1,000, 10,000, −20,000, 10,000 → three IRRs.</summary>
    [Fact]
    public async Task PlanPage_SeveralIrrs_SaysSoInChineseAndShowsMirrColumn()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 60_000_000m), 2027);
        var response = await PostMeasureAsync(world, plan.Id, 3, ("electricity", "2500"), ("price-electricity", "4"), ("investment", "1000"),
            ("replacement-year", "2"), ("replacement-cost", "30000"));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var m = (await response.Content.ReadFromJsonAsync<PlanMeasureResponse>(AccountsApp.Json))!;

        var html = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/planning/plans/{plan.Id}", UriKind.Relative)));

        (m.IrrStatus, m.Irr, m.IrrRates!.Count).ShouldBe(("several", (decimal?)null, 3));
        html.ShouldContain("多個（");
        html.ShouldContain("請以 NPV 或 MIRR 判斷");
        html.ShouldContain("折現回收年限（年）");
        html.ShouldContain(m.Mirr!.Value.ToString("P1", CultureInfo.GetCultureInfo("zh-TW")));
        html.ShouldContain("每年運轉維護成本");   // the cash-flow inputs are labelled fields of the add-measure form
    }

    [Fact]
    public async Task Measure_ReplacementYearWithoutCost_RefusedAndNothingSaved()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 60_000_000m), 2027);

        var response = await PostMeasureAsync(world, plan.Id, 10, ("electricity", "10000"), ("price-electricity", "3"), ("replacement-year", "5"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("replacement");
        (await world.GetAsync<PlanResponse>($"/api/v1/plans/{plan.Id}")).Measures.ShouldBeEmpty();
    }
}

public sealed class SqlitePlanCashFlowTests(SqliteFixture fixture) : PlanCashFlowTests<SqliteFixture>(fixture);

public sealed class PostgresPlanCashFlowTests(PostgresFixture fixture) : PlanCashFlowTests<PostgresFixture>(fixture);
