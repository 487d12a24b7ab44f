using System.Net;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;
using Tanpan.Web.Tests.Features.Members;
using static Tanpan.Web.Tests.Features.Monitoring.MonitoringWorld;

namespace Tanpan.Web.Tests.Features.Monitoring;

/// <summary>The bill page of a meter-month (電價表 114年10月1日 第五章) over stored readings, on SQLite and PostgreSQL.</summary>
public abstract class MeterBillPageTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private async Task<(InventoryWorld World, Meter Meter, HttpClient Client)> SetUpAsync(AccountsApp app)
    {
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var meter = await MeterAsync(fixture, world.OrganisationId, facility.Id);
        await ReadingsAsync(fixture, meter, SummerTuesday());
        var viewer = await app.SeedUserAsync(false, (world.OrganisationId, MembershipRole.Viewer));
        return (world, meter, await MembersPagesTests<TFixture>.PageClientAsync(app, viewer));
    }

    [Fact]
    public async Task Page_July2025_LaysOutTheBillByHand()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (_, meter, client) = await SetUpAsync(app);

        var html = await MembersPagesTests<TFixture>.PageAsync(client, $"/meters/{meter.Id}/bill?month=2025-07&pf=92");

        // By hand (high-voltage three-stage, summer): basic 100 kW × 223.60 = 22,360; energy 26 × 9.39 = 244.14 → 244,
        // 36 × 5.85 = 210.60 → 211, 36 × 2.53 = 91.08 → 91 (546); peak demand 3 kWh × 4 = 12 kW < 100 → no over-contract;
        // power factor 92 % → −1.2 % × 22,360 = −268.32 → −268. Total 22,360 + 546 − 268 = 22,638.
        html.ShouldContain("id=\"table-bill\"");
        html.ShouldContain("<td id=\"bill-total\">22,638</td>");
        html.ShouldContain("基本電費");
        html.ShouldContain("夏月尖峰流動電費");
        html.ShouldContain("<td>244</td>");
        html.ShouldContain("-1.2 %");
        html.ShouldNotContain("<script");
    }

    /// <summary>
    /// One labelled field per contract kind (no typed syntax): the regular contract is prefilled with the meter's 100 kW;
    /// 150 kW typed as the regular contract raises the basic fee to 150 × 223.60 = 33,540; a word in another field is a
    /// message naming that field, in Chinese.
    /// </summary>
    [Fact]
    public async Task Page_ContractFields_OnePerKind_PrefilledTypedAndChecked()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (_, meter, client) = await SetUpAsync(app);

        var prefilled = await MembersPagesTests<TFixture>.PageAsync(client, $"/meters/{meter.Id}/bill?month=2025-07&pf=92");
        var typed = await MembersPagesTests<TFixture>.PageAsync(client, $"/meters/{meter.Id}/bill?month=2025-07&pf=92&regular=150");
        var bad = await MembersPagesTests<TFixture>.PageAsync(client, $"/meters/{meter.Id}/bill?month=2025-07&pf=92&regular=100&semi_peak=abc");

        prefilled.ShouldContain("<label for=\"contract-semi_peak\">半尖峰契約（kW）</label>");
        prefilled.ShouldMatch("id=\"contract-regular\" name=\"regular\"[^>]*value=\"100(\\.0+)?\"");
        typed.ShouldContain("33,540");
        bad.ShouldContain("半尖峰契約（kW）須為 0 以上的數字。");
        bad.ShouldNotContain("--contract-kw");
    }

    [Fact]
    public async Task Page_BadPowerFactor_ShowsTheReason_AndNoBill()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (_, meter, client) = await SetUpAsync(app);

        var html = await MembersPagesTests<TFixture>.PageAsync(client, $"/meters/{meter.Id}/bill?month=2025-07&pf=abc");

        html.ShouldContain("不是數字");
        html.ShouldNotContain("id=\"table-bill\"");
    }

    [Fact]
    public async Task Page_AnotherOrganisationsMeter_Is404()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (_, meter, _) = await SetUpAsync(app);
        var other = await InventoryWorld.CreateAsync(app);
        var stranger = await app.SeedUserAsync(false, (other.OrganisationId, MembershipRole.Owner));
        var client = await MembersPagesTests<TFixture>.PageClientAsync(app, stranger);

        (await client.GetAsync(new Uri($"/meters/{meter.Id}/bill?month=2025-07", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteMeterBillPageTests(SqliteFixture fixture) : MeterBillPageTests<SqliteFixture>(fixture);

public sealed class PostgresMeterBillPageTests(PostgresFixture fixture) : MeterBillPageTests<PostgresFixture>(fixture);
