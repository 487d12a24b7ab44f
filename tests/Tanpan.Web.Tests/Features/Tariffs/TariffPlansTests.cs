using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Features.Monitoring;
using Tanpan.Web.Features.Tariffs;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;
using static Tanpan.Web.Tests.Features.Monitoring.MonitoringWorld;

namespace Tanpan.Web.Tests.Features.Tariffs;

/// <summary>The organisation's own tariff plans: stored after a full check, versioned, used by meters, the cost and the simulator.</summary>
public abstract class TariffPlansTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private const string Api = "/api/v1/tariff-plans";

    private static async Task<OrganisationTariffPlanResponse> CreateAsync(HttpClient client, string csv)
    {
        var response = await client.PostAsJsonAsync(Api, new TariffPlanRequest(csv), AccountsApp.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OrganisationTariffPlanResponse>(AccountsApp.Json))!;
    }

    [Fact]
    public async Task Create_ValidPlan_IsStoredListedAndAudited()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app, MembershipRole.Editor);

        var plan = await CreateAsync(world.Client, TariffPlanCsv.Plan());

        (plan.PlanId, plan.NameZh, plan.Version, plan.SummerDates).ShouldBe(("my_plan", "自訂三段式", 1, "05-16~10-15"));
        plan.Rates.ShouldContain(r => r.Period == "peak" && r.NtdPerKwh == 10m && r.TimeWindows == "16:00-22:00");
        plan.Versions.ShouldHaveSingleItem().Version.ShouldBe(1);
        var list = (await world.Client.GetFromJsonAsync<OrganisationTariffPlansPage>(Api, AccountsApp.Json))!;
        list.Items.ShouldHaveSingleItem().Voltages.ShouldBe(["high"]);
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.AuditEntries.Where(a => a.EntityId == plan.Id).Select(a => a.Action).ToListAsync()).ShouldBe([AuditAction.Create]);
    }

    [Fact]
    public async Task Create_BadPlan_ListsEveryProblemByLine_AndSavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var response = await world.Client.PostAsJsonAsync(Api, new TariffPlanRequest(TariffPlanCsv.Bad()), AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(AccountsApp.Json))!.Errors["csv"];
        errors.ShouldContain(e => e.Contains("第 3 列：時段須為") && e.Contains("line 3: period must be"));
        errors.ShouldContain(e => e.Contains("line 3: the rate must be a number"));
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.OrganisationTariffPlans.CountAsync(), await db.OrganisationTariffPlanVersions.CountAsync()).ShouldBe((0, 0));
    }

    [Theory]
    [InlineData("high_voltage_three_stage", "shipped Taipower plan")]
    [InlineData("My Plan", "lower-case letters")]
    public async Task Create_IdOfAShippedPlanOrBadlyFormed_IsRefused(string id, string message)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var response = await world.Client.PostAsJsonAsync(Api, new TariffPlanRequest(TariffPlanCsv.Plan(id)), AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(AccountsApp.Json))!.Errors["csv"].ShouldContain(e => e.Contains(message));
    }

    [Fact]
    public async Task Create_SameIdTwice_IsRefused()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        await CreateAsync(world.Client, TariffPlanCsv.Plan());

        var response = await world.Client.PostAsJsonAsync(Api, new TariffPlanRequest(TariffPlanCsv.Plan(peak: 12m)), AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Roles_ViewerReads_VerifierSeesNothing_OnlyEditorsWrite()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var plan = await CreateAsync(world.Client, TariffPlanCsv.Plan());
        var inventory = await world.CreateInventoryAsync();
        using var viewer = await world.MemberAsync(MembershipRole.Viewer);
        using var verifier = await world.VerifierAsync(inventory.Id);

        (await viewer.GetAsync(new Uri($"{Api}/{plan.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.PutAsJsonAsync($"{Api}/{plan.Id}", new TariffPlanRequest(TariffPlanCsv.Plan(peak: 11m)), AccountsApp.Json)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.PostAsJsonAsync(Api, new TariffPlanRequest(TariffPlanCsv.Plan("other")), AccountsApp.Json)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.DeleteAsync(new Uri($"{Api}/{plan.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await verifier.GetAsync(new Uri(Api, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await verifier.GetAsync(new Uri($"{Api}/{plan.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>
    /// A meter on the user plan is costed with it: 2025-07-15, 1 kWh a quarter plus 2 kWh at 17:00 → peak 26 kWh, semi-peak 36,
    /// off-peak 36. Version 1 (peak 10): 260 + 216 + 72 = NT$548; version 2 (peak 20): NT$808. Alerts stay as they were.
    /// </summary>
    [Fact]
    public async Task Replace_StoresANewVersion_AndTheMetersCostFollowsIt_ButAlertsDoNot()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var plan = await CreateAsync(world.Client, TariffPlanCsv.Plan());
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var meter = await MeterAsync(fixture, world.OrganisationId, facility.Id, plan: "my_plan", capacityKw: null);
        await ReadingsAsync(fixture, meter, Enumerable.Range(1, 96).Select(i => (Taipei(2025, 7, 15, 0) + (i * 900L), i == 69 ? 3.0 : 1.0)));
        await using (var db = fixture.CreateContext(world.OrganisationId))
        {
            db.MeterAlerts.Add(new MeterAlert
            {
                Id = Guid.CreateVersion7(), MeterId = meter.Id, Kind = "high_use", StartUtc = Taipei(2025, 7, 15, 17), EndUtc = Taipei(2025, 7, 15, 18),
                Status = MeterAlertValues.Open, DetectedAt = Seed.Time,
            });
            await db.SaveChangesAsync();
        }

        var dashboard = $"/api/v1/meters/{meter.Id}/dashboard?date=2025-07-15";
        (await world.Client.GetFromJsonAsync<EnergyDashboard>(dashboard, AccountsApp.Json))!.Months[^1].EnergyChargeNtd.ShouldBe(548m);

        var response = await world.Client.PutAsJsonAsync($"{Api}/{plan.Id}", new TariffPlanRequest(TariffPlanCsv.Plan(peak: 20m)), AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var replaced = (await response.Content.ReadFromJsonAsync<OrganisationTariffPlanResponse>(AccountsApp.Json))!;
        replaced.Version.ShouldBe(2);
        replaced.Versions.Select(v => v.Version).ShouldBe([2, 1]);
        replaced.Versions[1].Csv.ShouldContain(",10.00,");
        replaced.MetersUsing.ShouldBe(["主電表"]);
        var month = (await world.Client.GetFromJsonAsync<EnergyDashboard>(dashboard, AccountsApp.Json))!.Months[^1];
        month.EnergyChargeNtd.ShouldBe(808m);
        month.BasicChargeNtd.ShouldBeNull(); // user plans carry no basic fee
        await using var after = fixture.CreateContext(world.OrganisationId);
        (await after.MeterAlerts.SingleAsync()).Status.ShouldBe(MeterAlertValues.Open);
        (await after.AuditEntries.Where(a => a.EntityId == plan.Id).Select(a => a.Action).ToListAsync()).ShouldBe([AuditAction.Create, AuditAction.Update], ignoreOrder: true);
    }

    /// <summary>
    /// No lost updates (issue 16 item 4): the plan's version is its ETag; an upload or a delete naming a version another
    /// upload replaced answers 412 with the current plan and changes nothing; the page's upload form answers 409.
    /// </summary>
    [Fact]
    public async Task ReplaceAndDelete_WithAStaleIfMatch_Answer412_AndThePageForm409()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var plan = await CreateAsync(world.Client, TariffPlanCsv.Plan());
        var path = $"{Api}/{plan.Id}";
        var page = $"/tariffs/plans/{plan.Id}";
        var form = await Inventories.Pages.FlowPages.HtmlAsync(world.Client, page);
        (await world.Client.GetAsync(new Uri(path, UriKind.Relative))).Headers.ETag!.Tag.ShouldBe("\"1\"");

        var saved = await SendAsync(world.Client, HttpMethod.Put, path, "\"1\"", new TariffPlanRequest(TariffPlanCsv.Plan(peak: 20m)));
        var stale = await SendAsync(world.Client, HttpMethod.Put, path, "\"1\"", new TariffPlanRequest(TariffPlanCsv.Plan(peak: 30m)));
        var staleDelete = await SendAsync(world.Client, HttpMethod.Delete, path, "\"1\"", null);

        (saved.StatusCode, saved.Headers.ETag!.Tag).ShouldBe((HttpStatusCode.OK, "\"2\""));
        (stale.StatusCode, staleDelete.StatusCode).ShouldBe((HttpStatusCode.PreconditionFailed, HttpStatusCode.PreconditionFailed));
        using (var problem = System.Text.Json.JsonDocument.Parse(await stale.Content.ReadAsStringAsync()))
        {
            problem.RootElement.GetProperty("current").GetProperty("version").GetInt32().ShouldBe(2);
            problem.RootElement.GetProperty("currentETag").GetString().ShouldBe("\"2\"");
        }

        var conflict = await world.Client.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent(
        [
            Inventories.Pages.FlowPages.F("__RequestVerificationToken", Inventories.Pages.FlowPages.AntiforgeryField(form)),
            Inventories.Pages.FlowPages.F("_handler", "tariff-plan"), Inventories.Pages.FlowPages.F("Input.Version", "1"),
            Inventories.Pages.FlowPages.F("Input.Csv", TariffPlanCsv.Plan(peak: 40m)),
        ]));
        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await conflict.Content.ReadAsStringAsync()).ShouldContain("name=\"Input.Version\" value=\"2\"");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.OrganisationTariffPlans.SingleAsync()).Version.ShouldBe(2);
        (await db.OrganisationTariffPlanVersions.CountAsync()).ShouldBe(2);
        (await SendAsync(world.Client, HttpMethod.Delete, path, "\"2\"", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string ifMatch, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: AccountsApp.Json) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Replace_WithAnotherPlanId_IsRefused_AndIdenticalCsvAddsNoVersion()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var plan = await CreateAsync(world.Client, TariffPlanCsv.Plan());

        var renamed = await world.Client.PutAsJsonAsync($"{Api}/{plan.Id}", new TariffPlanRequest(TariffPlanCsv.Plan("renamed")), AccountsApp.Json);
        var same = await world.Client.PutAsJsonAsync($"{Api}/{plan.Id}", new TariffPlanRequest(TariffPlanCsv.Plan()), AccountsApp.Json);

        renamed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await same.Content.ReadFromJsonAsync<OrganisationTariffPlanResponse>(AccountsApp.Json))!.Version.ShouldBe(1);
    }

    [Fact]
    public async Task Delete_WhileAMeterUsesIt_IsRefusedNamingTheMeter_ThenAllowed()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var plan = await CreateAsync(world.Client, TariffPlanCsv.Plan());
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var created = await world.Client.PostAsJsonAsync("/api/v1/meters",
            new { facilityId = facility.Id, name = "空壓機", energyType = "electricity", unit = "kWh", tariffPlanId = "my_plan", voltage = "high" }, AccountsApp.Json);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var meter = (await created.Content.ReadFromJsonAsync<Tanpan.Web.Features.Meters.MeterResponse>(AccountsApp.Json))!;

        var refused = await world.Client.DeleteAsync(new Uri($"{Api}/{plan.Id}", UriKind.Relative));

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("空壓機");
        (await world.Client.PutAsJsonAsync($"/api/v1/meters/{meter.Id}",
            new { facilityId = facility.Id, name = "空壓機", energyType = "electricity", unit = "kWh", tariffPlanId = "high_voltage_three_stage" }, AccountsApp.Json))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await world.Client.DeleteAsync(new Uri($"{Api}/{plan.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.OrganisationTariffPlans.CountAsync(), await db.OrganisationTariffPlanVersions.CountAsync()).ShouldBe((0, 0));
    }

    [Fact]
    public async Task Meter_WithAnotherOrganisationsPlanId_IsRefused()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        await CreateAsync(world.Client, TariffPlanCsv.Plan("theirs"));
        var other = await InventoryWorld.CreateAsync(app);
        var facility = await other.CreateFacilityAsync<FacilityResponse>();

        var response = await other.Client.PostAsJsonAsync("/api/v1/meters",
            new { facilityId = facility.Id, name = "主電表", energyType = "electricity", unit = "kWh", tariffPlanId = "theirs" }, AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(AccountsApp.Json))!.Errors.Keys.ShouldContain("tariffPlanId");
    }

    /// <summary>The simulator prices with the organisation's plan: 1,000 kWh peak → off-peak at 10 − 2 = NT$8,000; as a block 500 kW × 2 h × 1 day.</summary>
    [Fact]
    public async Task PeakShift_AcceptsTheOrganisationsOwnPlan_InBothForms()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        await CreateAsync(world.Client, TariffPlanCsv.Plan());

        var kwh = await world.Client.PostAsJsonAsync("/api/v1/tariffs/peak-shift", new PeakShiftRequest("my_plan", null, "summer", "weekday", 1000m, "peak",
            new Dictionary<string, decimal> { ["off_peak"] = 1m }), AccountsApp.Json);
        var block = await world.Client.PostAsJsonAsync("/api/v1/tariffs/peak-shift/block",
            new BlockShiftRequest("my_plan", null, "summer", "weekday", 500m, "16:00-18:00", "00:00-02:00", 1), AccountsApp.Json);

        kwh.StatusCode.ShouldBe(HttpStatusCode.OK, await kwh.Content.ReadAsStringAsync());
        (await kwh.Content.ReadFromJsonAsync<PeakShiftResponse>(AccountsApp.Json))!.SavingsNtd.ShouldBe(8000m);
        var b = (await block.Content.ReadFromJsonAsync<BlockShiftResponse>(AccountsApp.Json))!;
        (b.PlanVersion, b.SavingsNtd).ShouldBe(("v1", 8000m));
        var other = await InventoryWorld.CreateAsync(app);
        (await other.Client.PostAsJsonAsync("/api/v1/tariffs/peak-shift/block",
            new BlockShiftRequest("my_plan", null, "summer", "weekday", 500m, "16:00-18:00", "00:00-02:00", 1), AccountsApp.Json)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

public sealed class SqliteTariffPlansTests(SqliteFixture fixture) : TariffPlansTests<SqliteFixture>(fixture);

public sealed class PostgresTariffPlansTests(PostgresFixture fixture) : TariffPlansTests<PostgresFixture>(fixture);
