using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;
using static Tanpan.Web.Tests.Features.FirstAnswer.FirstAnswerPage;

namespace Tanpan.Web.Tests.Features.FirstAnswer;

/// <summary>
/// The first answer (issue 15 item 9, docs/first-answer.md): the page's result equals the inventory's results for the
/// same figures, and converting creates exactly the entries typed, once.
/// </summary>
public abstract class FirstAnswerTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    /// <summary>
    /// Hand-worked: 120,000 kWh × 0.494 kg CO₂e/kWh (經濟部能源署 2023 grid factor, data/factors/electricity) = 59,280 kg;
    /// 10 kg R-134a refilled × GWP 1,300 (AR5, 環境部 113/2/5 附表四) = 13,000 kg; total 72.280 t, electricity 82.0 %.
    /// </summary>
    [Fact]
    public async Task Calculate_120000KwhIn2023And10KgR134a_Is72_280Tonnes_AndTheInventoryAgrees()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        (string, string)[] figures = [("Year", "2023"), ("FacilityName", "本廠"), ("ElectricityYear", "120,000"),
            ("Refrigerants[0].Type", "R-134a"), ("Refrigerants[0].Kg", "10")];

        var html = await CalculateAsync(world.Client, figures);

        Total(html).ShouldBe(72.280m);
        html.ShouldContain("59.280");   // scope 2
        html.ShouldContain("13.000");   // scope 1
        html.ShouldContain("82.0%");    // electricity's share, the hotspot
        html.ShouldContain("0.494");    // the grid factor it used, with its year
        html.ShouldContain("2023 年電力排碳係數");
        html.ShouldContain("低於門檻");  // 72 t is far below 25,000 t
        html.ShouldContain("溫室氣體排放係數管理表 6.0.4版");
        await using (var db = fixture.CreateContext(world.OrganisationId))
        {
            (await db.InventoryYears.CountAsync(), await db.Facilities.CountAsync()).ShouldBe((0, 0));   // calculating saves nothing
        }

        ShouldShowNoInternalKey(html);
        using (var english = await world.MemberAsync(Tanpan.Web.Data.Entities.MembershipRole.Editor))
        {
            english.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
            var en = await CalculateAsync(english, figures);
            Total(en).ShouldBe(72.280m);
            en.ShouldContain("below it, so no carbon fee is due (NT$0)");
            en.ShouldContain("MOENV GHG emission factor management table 6.0.4");
            ShouldShowNoInternalKey(en);
        }

        var inventory = await ConvertedAsync(world, figures);
        var results = (await world.Client.GetFromJsonAsync<ResultsSummary>($"/api/v1/inventories/{inventory}/results", AccountsApp.Json))!;
        results.TotalTonnes.ShouldBe(72.28m);
        results.ByScope.Single(s => s.Key == "2").Kilograms.ShouldBe(59_280m);
        results.ByScope.Single(s => s.Key == "1").Kilograms.ShouldBe(13_000m);

        // Issue 15 item 4: the sources the first answer made have no scores of their own and get derived ones — electricity
        // 82 % and R-134a 18 % of the total: R 5; categories 2 and 1: C 5; 財務單據 = A1 2 × A2 1: P 4 (docs/register-format.md).
        var sources = (await world.Client.GetFromJsonAsync<List<SourceResponse>>($"/api/v1/inventories/{inventory}/sources", AccountsApp.Json))!;
        sources.Count.ShouldBe(2);
        foreach (var source in sources)
        {
            (source.SignificanceR, source.Assessment!.R, source.Assessment.C, source.Assessment.P, source.Assessment.Derived.Count).ShouldBe((null, 5, 5, 4, 3));
        }
    }

    /// <summary>Every line of the page at once (months of electricity, both diesels, petrol, gas in 度, LPG, two refrigerants): page total = inventory total.</summary>
    [Fact]
    public async Task Calculate_EveryLine_EqualsTheInventoryResultsForTheSameFigures()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        List<(string, string)> figures = [("Year", "2024"), ("FacilityName", "觀音廠"), ("DieselVehicles", "3,200"), ("DieselEquipment", "450.5"),
            ("Gasoline", "1800"), ("NaturalGas", "12,000"), ("NaturalGasUnit", "度"), ("Lpg", "600"),
            ("Refrigerants[0].Type", "R-410A"), ("Refrigerants[0].Kg", "4.5"), ("Refrigerants[1].Type", "R-32"), ("Refrigerants[1].Kg", "2")];
        figures.AddRange(Enumerable.Range(0, 12).Select(i => ($"Months[{i}]", (30_000 + (i * 1_000)).ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var html = await CalculateAsync(world.Client, [.. figures]);
        var inventory = await ConvertedAsync(world, [.. figures]);

        var results = (await world.Client.GetFromJsonAsync<ResultsSummary>($"/api/v1/inventories/{inventory}/results", AccountsApp.Json))!;
        Total(html).ShouldBe(Math.Round(results.TotalTonnes, 3, MidpointRounding.AwayFromZero));
        results.Sources.Count.ShouldBe(8);
        results.FactorSetId.ShouldBe("moenv-6.0.4");
        results.ByMonth.Select(m => m.Key).ShouldContain("12");   // the months stay months
    }

    [Fact]
    public async Task Convert_CreatesExactlyTheEntriesTyped_AndASecondClickCreatesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        (string, string)[] figures = [("Year", "2024"), ("FacilityName", "本廠"), ("Months[0]", "1000"), ("Months[1]", "1100"), ("Months[2]", "0"),
            ("DieselVehicles", "56"), ("NaturalGas", "30"), ("NaturalGasUnit", "立方公尺")];

        var first = await ConvertAsync(world.Client, figures);
        var second = await ConvertAsync(world.Client, figures);

        first.RequestMessage!.RequestUri!.AbsolutePath.ShouldEndWith("/reminder");   // the reading reminder from then on
        var reminder = await first.Content.ReadAsStringAsync();
        reminder.ShouldContain("2024");
        var again = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.ShouldContain("本組織已有 2024 年的盤查年度，沒有重複建立。");
        await using var db = fixture.CreateContext(world.OrganisationId);
        var year = await db.InventoryYears.SingleAsync();
        (year.Year, year.FactorSetId, year.GwpSetId, year.PeriodStart, year.PeriodEnd).ShouldBe((2024, "moenv-6.0.4", "AR5", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)));
        (await db.Facilities.SingleAsync()).Name.ShouldBe("本廠");
        var sources = await db.EmissionSources.OrderBy(s => s.MaterialKey).ToListAsync();
        sources.Select(s => (s.MaterialKey, s.SourceType.ToString(), s.Process)).ShouldBe([
            ("diesel", "Mobile", "柴油（車輛、堆高機）"), ("electricity", "Electricity", "外購電力（台電）"), ("natural_gas", "Stationary", "天然氣（鍋爐、爐具）")]);
        var entries = await db.ActivityEntries.Include(e => e.EmissionSource).OrderBy(e => e.EmissionSource!.MaterialKey).ThenBy(e => e.Month).ToListAsync();
        entries.Select(e => (e.EmissionSource!.MaterialKey, e.Year, e.Month, e.Amount, e.Unit)).ShouldBe([
            ("diesel", 2024, (int?)null, 56m, "公升"),
            ("electricity", 2024, 1, 1000m, "度"), ("electricity", 2024, 2, 1100m, "度"), ("electricity", 2024, 3, 0m, "度"),
            ("natural_gas", 2024, null, 30m, "立方公尺")]);
        entries.ShouldAllBe(e => e.DataSourceMethod == "財務單據");
        var missing = (await world.Client.GetFromJsonAsync<ReminderResponse>($"/api/v1/inventories/{year.Id}/reminder", AccountsApp.Json))!;
        missing.Sources.ShouldHaveSingleItem().MissingMonths.Select(m => m.Month).ShouldBe([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    }

    [Fact]
    public async Task Convert_ReusesTheFacilityOfThatName()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>("桃園廠");

        var page = WebUtility.HtmlDecode(await world.Client.GetStringAsync(new Uri(PagePath, UriKind.Relative)));
        await ConvertedAsync(world, [("Year", "2024"), ("FacilityName", "桃園廠"), ("Lpg", "100")]);

        page.ShouldContain("value=\"桃園廠\"");   // the organisation's facility is the default
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Facilities.SingleAsync()).Id.ShouldBe(facility.Id);
        (await db.EmissionSources.SingleAsync()).FacilityId.ShouldBe(facility.Id);
    }

    /// <summary>The answer's visible text names no material key, factor id or GUID (issue 15 item 5; LeakScanTests walks GET pages only).</summary>
    private static void ShouldShowNoInternalKey(string html)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(html[html.IndexOf("<main", StringComparison.Ordinal)..], "<[^>]+>", " ");
        text.ShouldNotMatch(@"(?<![\w.@/-])[a-z][a-z0-9]*_[a-z0-9_]+\b");
        text.ShouldNotMatch(@"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b");
        text.ShouldNotContain("moenv-");
        text.ShouldNotContain("grid/");
    }

    private static async Task<Guid> ConvertedAsync(InventoryWorld world, (string, string)[] figures)
    {
        var response = await ConvertAsync(world.Client, figures);
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        path.ShouldMatch("^/inventories/[0-9a-f-]{36}/reminder$", await response.Content.ReadAsStringAsync());
        return Guid.Parse(path.Split('/')[2]);
    }
}
