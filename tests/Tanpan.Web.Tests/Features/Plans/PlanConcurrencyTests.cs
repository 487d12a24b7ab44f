using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Plans;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using static Tanpan.Web.Tests.Features.Inventories.Pages.FlowPages;

namespace Tanpan.Web.Tests.Features.Plans;

/// <summary>
/// No lost updates for plans, their measures and targets (issue 16 item 4; docs/api.md "Versions and lost updates"): the
/// version is the ETag of GET and PUT (and a measure's <c>version</c>); a PUT or DELETE with the ETag another save replaced
/// is 412 with the current representation and who changed it, and changes nothing; the plan settings and target edit
/// forms answer 409 with both versions.
/// </summary>
public abstract class PlanConcurrencyTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task PutPlan_WithTheETagAnotherSaveReplaced_Answers412WithCurrentSettingsAndWhoChangedIt()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, plan) = await PlanAsync(app);
        using var other = await EditorAsync(app, world, "林課長");
        var path = $"/api/v1/plans/{plan.Id}";
        var read = (await world.Client.GetAsync(new Uri(path, UriKind.Relative))).Headers.ETag!.Tag;
        read.ShouldBe("\"1\"");

        app.Clock.Now = Seed.Time.AddHours(2);   // after the plan's creation, so the audit trail names the later save
        var theirs = await SendAsync(other, HttpMethod.Put, path, read, Settings(plan, "林課長的計畫"));
        theirs.StatusCode.ShouldBe(HttpStatusCode.OK);
        theirs.Headers.ETag!.Tag.ShouldBe("\"2\"");
        var mine = await SendAsync(world.Client, HttpMethod.Put, path, read, Settings(plan, "我的計畫"));

        mine.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        using var problem = JsonDocument.Parse(await mine.Content.ReadAsStringAsync());
        var root = problem.RootElement;
        root.GetProperty("current").GetProperty("name").GetString().ShouldBe("林課長的計畫");
        root.GetProperty("currentETag").GetString().ShouldBe("\"2\"");
        root.GetProperty("changedBy").GetString().ShouldBe("林課長");
        (await world.GetAsync<PlanResponse>(path)).Name.ShouldBe("林課長的計畫");

        var reapplied = await SendAsync(world.Client, HttpMethod.Put, path, root.GetProperty("currentETag").GetString(), Settings(plan, "我的計畫"));
        reapplied.StatusCode.ShouldBe(HttpStatusCode.OK);
        reapplied.Headers.ETag!.Tag.ShouldBe("\"3\"");
    }

    [Fact]
    public async Task GetPlanAndTarget_IfNoneMatchTheCurrentETag_Answer304()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, plan) = await PlanAsync(app);
        var target = await TargetAsync(world, plan);
        foreach (var path in (string[])[$"/api/v1/plans/{plan.Id}", $"/api/v1/targets/{target.Id}"])
        {
            var tag = (await world.Client.GetAsync(new Uri(path, UriKind.Relative))).Headers.ETag!.Tag;
            using var same = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { "If-None-Match", tag } } };
            (await world.Client.SendAsync(same)).StatusCode.ShouldBe(HttpStatusCode.NotModified, path);
        }
    }

    [Fact]
    public async Task PutMeasureAndTarget_WithAStaleETag_Answer412AndChangeNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, plan) = await PlanAsync(app);
        var measure = await world.ElectricityMeasureAsync(plan.Id, 1_000m, 2026);
        var target = await TargetAsync(world, plan);
        measure.Version.ShouldBe(1);
        target.Version.ShouldBe(1);
        var cases = new (string Path, object First, object Second, Func<Task<string>> Read)[]
        {
            ($"/api/v1/plans/{plan.Id}/measures/{measure.Id}", Measure("空壓機群控 A"), Measure("空壓機群控 B"),
                async () => (await world.GetAsync<List<PlanMeasureResponse>>($"/api/v1/plans/{plan.Id}/measures")).Single().Label!),
            ($"/api/v1/targets/{target.Id}", Target("2030 目標 A", plan.Id), Target("2030 目標 B", plan.Id),
                async () => (await world.GetAsync<TargetResponse>($"/api/v1/targets/{target.Id}")).Name),
        };
        foreach (var (path, first, second, read) in cases)
        {
            var saved = await SendAsync(world.Client, HttpMethod.Put, path, "\"1\"", first);
            saved.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            saved.Headers.ETag!.Tag.ShouldBe("\"2\"", path);
            var stale = await SendAsync(world.Client, HttpMethod.Put, path, "\"1\"", second);
            stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed, path);
            (await read()).ShouldEndWith("A", customMessage: path);   // the refused write changed nothing
        }
    }

    [Fact]
    public async Task DeletePlanMeasureAndTarget_WithAStaleIfMatch_AreRefusedAndWithTheCurrentOneDelete()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, plan) = await PlanAsync(app);
        var measure = await world.ElectricityMeasureAsync(plan.Id, 1_000m, 2026);
        var target = await TargetAsync(world, plan);
        (await SendAsync(world.Client, HttpMethod.Put, $"/api/v1/plans/{plan.Id}/measures/{measure.Id}", null, Measure("改名"))).EnsureSuccessStatusCode();
        (await SendAsync(world.Client, HttpMethod.Put, $"/api/v1/targets/{target.Id}", null, Target("改名", null))).EnsureSuccessStatusCode();
        (await SendAsync(world.Client, HttpMethod.Put, $"/api/v1/plans/{plan.Id}", null, Settings(plan, "改名"))).EnsureSuccessStatusCode();

        foreach (var path in (string[])[$"/api/v1/plans/{plan.Id}/measures/{measure.Id}", $"/api/v1/targets/{target.Id}", $"/api/v1/plans/{plan.Id}"])
        {
            using var stale = new HttpRequestMessage(HttpMethod.Delete, path) { Headers = { { "If-Match", "\"1\"" } } };
            (await world.Client.SendAsync(stale)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed, path);
            using var current = new HttpRequestMessage(HttpMethod.Delete, path) { Headers = { { "If-Match", "\"2\"" } } };
            (await world.Client.SendAsync(current)).StatusCode.ShouldBe(HttpStatusCode.NoContent, path);
        }
    }

    [Fact]
    public async Task PlanSettingsForm_SecondPostFromTheSameVersion_Answers409WithBothNames()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, plan) = await PlanAsync(app);
        using var other = await EditorAsync(app, world, "林課長");
        var page = $"/planning/plans/{plan.Id}";
        var mine = await HtmlAsync(world.Client, page);
        var theirs = await HtmlAsync(other, page);
        mine.ShouldContain("name=\"Settings.Version\" value=\"1\"");

        (await PostSettingsAsync(other, page, theirs, "1", "林課長的計畫")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflict = await PostSettingsAsync(world.Client, page, mine, "1", "我的計畫");

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var shown = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
        shown.ShouldContain("<td class=\"yours\">我的計畫</td><td class=\"current\">林課長的計畫</td>");
        shown.ShouldContain("name=\"Settings.Version\" value=\"2\"");
        await using (var db = fixture.CreateContext(world.Inventories.OrganisationId))
        {
            (await db.ReductionPlans.SingleAsync()).Name.ShouldBe("林課長的計畫");
        }

        (await PostSettingsAsync(world.Client, page, shown, "2", "我的計畫")).StatusCode.ShouldBe(HttpStatusCode.OK);   // reapply on top
        await using var after = fixture.CreateContext(world.Inventories.OrganisationId);
        (await after.ReductionPlans.SingleAsync()).Name.ShouldBe("我的計畫");
    }

    [Fact]
    public async Task TargetEditForm_SecondPostFromTheSameVersion_Answers409WithBothNames()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, plan) = await PlanAsync(app);
        var target = await TargetAsync(world, plan);
        using var other = await EditorAsync(app, world, "林課長");
        var page = $"/planning/targets/{target.Id}/edit";
        var mine = await HtmlAsync(world.Client, page);
        var theirs = await HtmlAsync(other, page);

        (await PostTargetAsync(other, page, theirs, "1", "林課長的目標")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflict = await PostTargetAsync(world.Client, page, mine, "1", "我的目標");

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var shown = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
        shown.ShouldContain("<td class=\"yours\">我的目標</td><td class=\"current\">林課長的目標</td>");
        await using var db = fixture.CreateContext(world.Inventories.OrganisationId);
        (await db.EmissionTargets.SingleAsync()).Name.ShouldBe("林課長的目標");
    }

    private static object Settings(PlanResponse plan, string name) =>
        new { name, baseInventoryId = plan.BaseInventoryId, endYear = plan.EndYear, growthPercent = 0m, discountRate = 0.05m, highLeakage = false };

    private static object Measure(string label) => new
    {
        kind = "custom", label, startYear = 2026, lifetimeYears = 10,
        parameters = new Dictionary<string, string> { ["electricity"] = "1000", ["price-electricity"] = "3", ["investment"] = "0" },
    };

    private static object Target(string name, Guid? planId) =>
        new { name, kind = "Absolute", baseYear = 2024, targetYear = 2030, annualReductionPercent = 4.2m, scopes = new[] { 1, 2 }, planId };

    private static Task<TargetResponse> TargetAsync(PlanWorld world, PlanResponse plan) =>
        world.Inventories.PostAsync<TargetResponse>("/api/v1/targets", Target("2030 目標", plan.Id));

    private static async Task<(PlanWorld World, PlanResponse Plan)> PlanAsync(AccountsApp app)
    {
        var world = await PlanWorld.CreateAsync(app);
        return (world, await world.PlanAsync(await world.InventoryAsync(2024, 100_000m), 2030));
    }

    private static Task<HttpResponseMessage> PostSettingsAsync(HttpClient client, string page, string html, string version, string name) =>
        client.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent(
        [
            F("__RequestVerificationToken", AntiforgeryField(html)), F("_handler", "plan-settings"), F("Settings.Version", version), F("Settings.Name", name),
            F("Settings.EndYear", "2030"), F("Settings.GrowthPercent", "0"), F("Settings.DiscountRate", "0.05"),
        ]));

    private static Task<HttpResponseMessage> PostTargetAsync(HttpClient client, string page, string html, string version, string name) =>
        client.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent(
        [
            F("__RequestVerificationToken", AntiforgeryField(html)), F("_handler", "new-target"), F("Input.Version", version), F("Input.Name", name),
            F("Input.Kind", "Absolute"), F("Input.BaseYear", "2024"), F("Input.TargetYear", "2030"), F("Input.AnnualReductionPercent", "4.2"),
            F("Input.Milestones", ""), F("Input.Scopes", "1,2"), F("Input.PlanId", ""),
        ]));

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? ifMatch, object body)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: AccountsApp.Json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    private async Task<HttpClient> EditorAsync(AccountsApp app, PlanWorld world, string name)
    {
        var user = await app.SeedUserAsync(false, (world.Inventories.OrganisationId, MembershipRole.Editor));
        user.DisplayName = name;
        await using (var db = fixture.CreateContext())
        {
            db.Users.Update(user);
            await db.SaveChangesAsync();
        }

        return await app.SignedInClientAsync(user);
    }
}

public sealed class SqlitePlanConcurrencyTests(SqliteFixture fixture) : PlanConcurrencyTests<SqliteFixture>(fixture);

public sealed class PostgresPlanConcurrencyTests(PostgresFixture fixture) : PlanConcurrencyTests<PostgresFixture>(fixture);
