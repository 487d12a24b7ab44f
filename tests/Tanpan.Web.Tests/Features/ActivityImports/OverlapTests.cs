using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.ActivityImports;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;

namespace Tanpan.Web.Tests.Features.ActivityImports;

/// <summary>
/// Issue 15, "no double counting, ever silently": January and February typed by hand (1,000 and 1,200 度), then the
/// year's file with the whole year's 15,000 度 for the same source. The preview lists the overlap with both amounts, a
/// commit without a choice saves nothing, and each choice gives its own total; the reminder counts the doubled months.
/// </summary>
public abstract class OverlapTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private const string YearFile = "廠區,排放型式,原燃物料,製程,活動數據,單位,年度\n示範工廠,外購電力,外購電力,公用,15000,度,2021\n";

    [Fact]
    public async Task Import_YearOverHandTypedMonths_PreviewListsBothAmountsAndCommitWithoutChoiceSavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (w, source) = await HandTypedMonthsAsync(app);

        var preview = await w.PreviewAsync(Encoding.UTF8.GetBytes(YearFile), "2021.csv", dryRun: true);

        preview.Problems.ShouldBeEmpty();
        preview.FacilitiesToCreate.ShouldBeEmpty();
        var overlap = preview.Overlaps.ShouldNotBeNull().ShouldHaveSingleItem();
        (overlap.Line, overlap.Facility, overlap.Process, overlap.Material, overlap.Period, overlap.Amount, overlap.Unit)
            .ShouldBe((2, "示範工廠", "公用", "外購電力", "2021", 15000m, "度"));
        overlap.Existing.Select(e => (e.Period, e.Amount, e.Unit)).ShouldBe([("2021-01", 1000m, "度"), ("2021-02", 1200m, "度")], ignoreOrder: true);

        var refused = await w.PreviewAsync(Encoding.UTF8.GetBytes(YearFile), "2021.csv", dryRun: false, HttpStatusCode.BadRequest);

        refused.Committed.ShouldBeFalse();
        refused.Problems.ShouldHaveSingleItem().Column.ShouldBe("month");
        refused.Problems[0].MessageZh.ShouldContain("取代既有數據");
        refused.Problems[0].MessageEn.ShouldContain("counted twice");
        (await AmountsAsync(w, source)).ShouldBe([1000m, 1200m], ignoreOrder: true);
    }

    [Theory]
    [InlineData("replace", 15000)]          // the two typed months are deleted: 15,000 度
    [InlineData("keep", 17200)]             // both kept with the reason: 1,000 + 1,200 + 15,000
    [InlineData("skip", 2200)]              // the file's row is left out: 1,000 + 1,200
    public async Task Import_EachChoice_GivesItsOwnTotal(string choice, int expectedKwh)
    {
        await using var app = AccountsApp.Shared(fixture);
        var (w, source) = await HandTypedMonthsAsync(app);
        var before = (await ResultsApiClient.GetAsync(w.World.Client, w.InventoryId)).TotalKilograms;   // 2,200 度 × the 2021 grid factor

        var response = await ImportWorld.PostAsync(w.World.Client, $"{w.ImportPath}?dryRun=false&overlap={choice}&overlapReason=兩個電表共用一個電號",
            Encoding.UTF8.GetBytes(YearFile), "2021.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var preview = (await response.Content.ReadFromJsonAsync<ImportPreview>(AccountsApp.Json))!;
        (preview.Committed, preview.OverlapChoice).ShouldBe((true, choice));
        (preview.Replaced, preview.Skipped).ShouldBe(choice switch { "replace" => (2, 0), "skip" => (0, 1), _ => (0, 0) });
        (await AmountsAsync(w, source)).Sum().ShouldBe(expectedKwh);
        var after = (await ResultsApiClient.GetAsync(w.World.Client, w.InventoryId)).TotalKilograms;
        (after * 2200).ShouldBe(before * expectedKwh);   // electricity only: the total scales with the kWh counted

        await using var db = fixture.CreateContext(w.World.OrganisationId);
        var reasons = await db.ActivityEntries.Where(a => a.EmissionSourceId == source).Select(a => a.OverlapReason).ToListAsync();
        reasons.Count(r => r == "兩個電表共用一個電號").ShouldBe(choice == "keep" ? 1 : 0);
    }

    [Fact]
    public async Task Reminder_AfterKeepingBoth_CountsTheDoubledMonthsAndIsNotComplete()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (w, source) = await HandTypedMonthsAsync(app);
        var reminderPath = $"/api/v1/inventories/{w.InventoryId}/reminder";
        var typed = (await w.World.Client.GetFromJsonAsync<ReminderResponse>(reminderPath, AccountsApp.Json))!;
        (typed.MissingCount, typed.DoubleCountedCount).ShouldBe((10, 0));   // March–December missing

        await ImportWorld.PostAsync(w.World.Client, $"{w.ImportPath}?dryRun=false&overlap=keep&overlapReason=更正帳單", Encoding.UTF8.GetBytes(YearFile), "2021.csv");
        var reminder = (await w.World.Client.GetFromJsonAsync<ReminderResponse>(reminderPath, AccountsApp.Json))!;
        var html = await Inventories.Pages.FlowPages.HtmlAsync(w.World.Client, $"/inventories/{w.InventoryId}/reminder");
        var summary = await Inventories.Pages.FlowPages.HtmlAsync(w.World.Client, $"/inventories/{w.InventoryId}");

        reminder.MissingCount.ShouldBe(0);   // the year covers every month …
        reminder.Complete.ShouldBeFalse();   // … but January and February are counted twice
        var doubled = reminder.DoubleCounted.ShouldNotBeNull().ShouldHaveSingleItem();
        doubled.SourceId.ShouldBe(source);
        doubled.Months.Select(m => (m.Month, m.Entries)).ShouldBe([(1, 2), (2, 2)]);
        doubled.Acknowledged.ShouldBeTrue();
        html.ShouldContain("每個月份都有數據，但有 2 個排放源月份被兩筆以上的數據重複計算");
        html.ShouldNotContain("每個排放源的每個月份都已有數據");
        summary.ShouldContain("2 個排放源月份重複計算");
    }

    [Fact]
    public async Task HandEntry_WholeYearOverTypedMonths_RefusedUntilAReasonIsGiven()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (w, source) = await HandTypedMonthsAsync(app);
        var path = $"/api/v1/inventories/{w.InventoryId}/sources/{source}/activity";

        var errors = await Validation.ErrorsAsync(await w.World.Client.PostAsJsonAsync(path, new { year = 2021, amount = 15000, unit = "度" }));

        errors.Keys.ShouldBe(["month"]);
        var message = errors["month"].ShouldHaveSingleItem();
        message.ShouldContain("2021-01 1,000 度");
        message.ShouldContain("2021-02 1,200 度");
        message.ShouldContain("both would be counted");
        (await AmountsAsync(w, source)).Count.ShouldBe(2);

        var kept = await w.World.Client.PostAsJsonAsync(path, new { year = 2021, amount = 15000, unit = "度", overlapReason = "年度總表另計" });
        kept.StatusCode.ShouldBe(HttpStatusCode.Created, await kept.Content.ReadAsStringAsync());
        (await AmountsAsync(w, source)).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Import_UnknownFacility_AsksBeforeCreatingIt()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (w, _) = await HandTypedMonthsAsync(app);
        var file = Encoding.UTF8.GetBytes(YearFile.Replace("示範工廠,外購電力", "第二工廠,外購電力", StringComparison.Ordinal));

        var response = await ImportWorld.PostAsync(w.World.Client, $"{w.ImportPath}?dryRun=false", file, "2021.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var preview = (await response.Content.ReadFromJsonAsync<ImportPreview>(AccountsApp.Json))!;
        preview.FacilitiesToCreate.ShouldBe(["第二工廠"]);
        preview.Problems.ShouldHaveSingleItem().Column.ShouldBe("facility");
        preview.Problems[0].MessageZh.ShouldContain("本組織沒有的廠區");
        await using (var db = fixture.CreateContext(w.World.OrganisationId))
        {
            (await db.Facilities.Select(f => f.Name).ToListAsync()).ShouldBe(["示範工廠"]);
        }

        var job = await ImportWorld.PostAsync(w.World.Client, $"/api/v1/inventories/{w.InventoryId}/imports", file, "2021.csv");
        job.StatusCode.ShouldBe(HttpStatusCode.BadRequest);   // the background import asks too

        var confirmed = await ImportWorld.PostAsync(w.World.Client, $"{w.ImportPath}?dryRun=false&confirmNewFacilities=true", file, "2021.csv");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
        await using (var db = fixture.CreateContext(w.World.OrganisationId))
        {
            (await db.Facilities.Select(f => f.Name).ToListAsync()).ShouldBe(["示範工廠", "第二工廠"], ignoreOrder: true);
        }
    }

    [Fact]
    public async Task MonthGrid_LitresForElectricity_RefusedNamingTheUnitInBothLanguages()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (w, source) = await HandTypedMonthsAsync(app);

        var response = await w.World.Client.PutAsJsonAsync($"/api/v1/inventories/{w.InventoryId}/sources/{source}/activity",
            new { months = new object[] { new { year = 2021, month = 3, amount = 500, unit = "公升" } } });
        var bill = await w.World.Client.PostAsJsonAsync($"/api/v1/inventories/{w.InventoryId}/sources/{source}/activity",
            new { year = 2021, month = 4, amount = 500, unit = "公升" });

        var message = (await Validation.ErrorsAsync(response))["months[0].unit"].ShouldHaveSingleItem();
        message.ShouldContain("單位「公升」(體積)");
        message.ShouldContain("unit '公升' is a volume unit");
        (await Validation.ErrorsAsync(bill)).Keys.ShouldBe(["unit"]);   // the bill form: the same rule
        (await AmountsAsync(w, source)).Count.ShouldBe(2);
    }

    /// <summary>An inventory 2021 with facility 示範工廠 and its electricity source 公用, January 1,000 度 and February 1,200 度 typed by hand.</summary>
    private static async Task<(ImportWorld World, Guid Source)> HandTypedMonthsAsync(AccountsApp app)
    {
        var w = await ImportWorld.CreateAsync(app);
        var facility = await w.World.CreateFacilityAsync<FacilityResponse>();
        var source = await w.World.CreateSourceAsync(w.InventoryId, new { facilityId = facility.Id, process = "公用", sourceType = "外購電力", material = "外購電力" });
        await w.World.CreateActivityAsync(w.InventoryId, source.Id, new { year = 2021, month = 1, amount = 1000, unit = "度" });
        await w.World.CreateActivityAsync(w.InventoryId, source.Id, new { year = 2021, month = 2, amount = 1200, unit = "度" });
        return (w, source.Id);
    }

    private async Task<List<decimal>> AmountsAsync(ImportWorld w, Guid source)
    {
        await using var db = fixture.CreateContext(w.World.OrganisationId);
        return [.. (await db.ActivityEntries.Where(a => a.EmissionSourceId == source).Select(a => a.Amount).ToListAsync())];
    }
}

public sealed class SqliteOverlapTests(SqliteFixture fixture) : OverlapTests<SqliteFixture>(fixture);

public sealed class PostgresOverlapTests(PostgresFixture fixture) : OverlapTests<PostgresFixture>(fixture);
