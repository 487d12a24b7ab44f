using System.Net;
using System.Text.RegularExpressions;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;
using Tanpan.Web.Tests.Features.Meters;
using Tanpan.Web.Tests.Features.Plans;
using static Tanpan.Web.Tests.Features.Meters.MeterWorld;

namespace Tanpan.Web.Tests.Features.PlainLanguage;

/// <summary>
/// Plain language (issue 15 item 5): an owner of an organisation with a facility, an inventory with sources and entries, a
/// meter with readings, a plan with a measure and a target walks every page the menus and pages link to, in Chinese and
/// in English, and no page shows a leaked identifier in its text: a GUID, a snake_case key, a number in E notation or a
/// file path. The walk follows same-site links (not the API, downloads or sign-out), so a new page is scanned as soon as
/// anything links to it. Text set as code (<c>&lt;code&gt;</c>: a measure's formula, a file format's column names) is
/// shown as code on purpose and not scanned. <see cref="StillOpen"/> lists the leaks known and not yet fixed; the test
/// fails on any other, and on an entry of that list that no longer occurs (so the list only shrinks).
/// </summary>
public sealed partial class LeakScanTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private const int MaxPages = 400;

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("en")]
    public async Task EveryLinkedPage_ShowsNoInternalIdentifier(string culture)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await SeedAsync(app);
        await ActionPlans.ActionPlansSeed.CreateAsync(fixture, world.OrganisationId);   // seed 002's plan: its report and measure pages
        var programme = await Programmes.ProgrammesSeed.CreateAsync(fixture, world.OrganisationId);   // a programme with a case and a visit
        await ProgrammeCases.CasesSeed.CreateAsync(fixture, world.OrganisationId, programme);
        await ProgrammeKpis.KpiSeed.IntoAsync(fixture, world.OrganisationId);   // a programme with applications and training: its page and dashboard
        if (culture == "en")
        {
            world.Client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        }

        var (visited, leaks) = await WalkAsync(world.Client);

        visited.Count.ShouldBeGreaterThan(25, string.Join("\n", visited));   // the walk reached the features, not just the home page
        visited.ShouldContain(p => p.Contains("/measures/", StringComparison.Ordinal) && p.StartsWith("/action-plans/", StringComparison.Ordinal)); // seed 002's report and its measures
        visited.ShouldContain(p => p.StartsWith("/cases/", StringComparison.Ordinal) && p.EndsWith("/visits/new", StringComparison.Ordinal)); // a case and its visit form
        leaks.Where(l => !StillOpen.Any(open => open.IsMatch(l))).Distinct().ShouldBeEmpty();
        StillOpen.Where(open => !leaks.Any(open.IsMatch)).Select(open => open.ToString()).ShouldBeEmpty("fixed: remove from StillOpen");
    }

    /// <summary>
    /// Known leaks not fixed yet: none (the load-shift calculator's typed "semi_peak=0.8" became one share field per
    /// period). A leak found and not fixed at once goes here with a note, so the list only shrinks.
    /// </summary>
    private static readonly Regex[] StillOpen = [];

    /// <summary>The detector itself: each kind of leak is found, ordinary text is not.</summary>
    [Theory]
    [InlineData("排放源 3f2504e0-4f89-11d3-9a0c-0305e82c3301 已刪除", true)]
    [InlineData("材料 natural_gas", true)]
    [InlineData("1.5E-05 公噸", true)]
    [InlineData("見 /work/main/data/factors.csv", true)]
    [InlineData("天然氣 1,234.5 度 2025-03-01 00:30", false)]
    [InlineData("Scope 1 and 2, 12.5 tCO2e (AR5, moenv-6.0.4)", false)]
    public void Detector_FindsLeaks(string text, bool leak) => (Leaks(text).Count > 0).ShouldBe(leak);

    private static async Task<InventoryWorld> SeedAsync(AccountsApp app)
    {
        var plans = await PlanWorld.CreateAsync(app);
        var inventory = await plans.InventoryAsync(2024, 120_000m, output: 500m);
        var plan = await plans.PlanAsync(inventory, 2030);
        await plans.ElectricityMeasureAsync(plan.Id, 10_000m, 2026);
        await plans.Inventories.PostAsync<TargetResponseShape>("/api/v1/targets",
            new { name = "2030 目標", kind = "Absolute", baseYear = 2024, targetYear = 2030, annualReductionPercent = 4.2m, scopes = new[] { 1, 2 }, planId = plan.Id });
        var world = plans.Inventories;
        var facility = await world.CreateFacilityAsync<FacilityResponse>("二廠");
        var source = await world.CreateSourceAsync(inventory, new { facilityId = facility.Id, process = "鍋爐", sourceType = "固定燃燒", material = "天然氣" });
        await world.CreateActivityAsync(inventory, source.Id, new { year = 2024, month = 3, amount = 1200, unit = "立方公尺" });
        var meters = new MeterWorld(world, facility);
        var meter = await meters.CreateMeterAsync("空壓機電表");
        using var gateway = meters.Gateway(await meters.CreateKeyAsync());
        (await PushAsync(gateway, (meter.Name, "2025-03-01T00:15:00+08:00", 1), (meter.Name, "2025-03-01T00:30:00+08:00", 2))).Status.ShouldBe(HttpStatusCode.OK);
        return world;
    }

    private sealed record TargetResponseShape(Guid Id);

    private static async Task<(List<string> Visited, List<string> Leaks)> WalkAsync(HttpClient client)
    {
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var visited = new List<string>();
        var leaks = new List<string>();
        while (queue.Count > 0 && visited.Count < MaxPages)
        {
            var path = queue.Dequeue();
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            visited.Add(path);
            leaks.AddRange(Leaks(VisibleText(html)).Select(l => $"{path}: {l}"));
            foreach (Match link in Href().Matches(html))
            {
                var target = WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0];
                if (Followed(target) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return (visited, leaks);
    }

    /// <summary>Same-site pages only: not the API, files, sign-out or a second page of every list.</summary>
    private static bool Followed(string target) =>
        target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal) && !target.StartsWith("/api/", StringComparison.Ordinal)
        && !target.StartsWith("/account/sign-out", StringComparison.Ordinal) && !target.StartsWith("/culture", StringComparison.Ordinal)
        && !target.Contains("page=", StringComparison.Ordinal)
        && !Regex.IsMatch(target, @"\.(xlsx|docx|zip|csv|pdf|png|css|js|ico|svg|json)(\?|$)", RegexOptions.IgnoreCase);

    /// <summary>The text a reader sees: no scripts, styles or tags, entities decoded.</summary>
    private static string VisibleText(string html)
    {
        var text = Hidden().Replace(html, " ");
        text = Tag().Replace(text, " ");
        return WebUtility.HtmlDecode(text);
    }

    internal static List<string> Leaks(string text)
    {
        var found = new List<string>();
        foreach (var (name, pattern) in Patterns)
        {
            found.AddRange(pattern.Matches(text).Select(m => $"{name} «{Around(text, m.Index)}»"));
        }

        return found;
    }

    private static string Around(string text, int index) => text.Substring(Math.Max(0, index - 30), Math.Min(80, text.Length - Math.Max(0, index - 30))).ReplaceLineEndings(" ");

    private static readonly (string, Regex)[] Patterns =
    [
        ("GUID", Guid36()),
        ("snake_case key", SnakeCase()),
        ("E notation", ENotation()),
        ("file path", FilePath()),
    ];

    [GeneratedRegex(@"<a\b[^>]*\bhref=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();

    [GeneratedRegex(@"<(script|style|template|code)\b.*?</\1>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")]
    private static partial Regex Guid36();

    [GeneratedRegex(@"(?<![\w.@/-])[a-z][a-z0-9]*_[a-z0-9_]+\b")]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"\b\d+(\.\d+)?[eE][+-]\d+\b|\b\d+\.\d+[eE]\d+\b")]
    private static partial Regex ENotation();

    [GeneratedRegex(@"(?<![\w.:/])/(work|home|tmp|usr|var|src|data)/[\w./-]+")]
    private static partial Regex FilePath();
}
