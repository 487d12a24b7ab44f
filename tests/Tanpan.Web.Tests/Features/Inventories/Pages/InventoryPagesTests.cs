using System.Net;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using static Tanpan.Web.Tests.Features.Inventories.Pages.FlowPages;

namespace Tanpan.Web.Tests.Features.Inventories.Pages;

/// <summary>/inventories and /inventories/{id}: the list, the create form and the settings form.</summary>
public abstract class InventoryPagesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Inventories_Member_ListsYearsAndOffersTheCreateForm()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        await world.CreateInventoryAsync(2021);

        var html = await HtmlAsync(world.Client, "/inventories");

        html.ShouldContain("<h1>盤查年度</h1>");
        html.ShouldContain(">2021</a>");
        html.ShouldContain("name=\"_handler\" value=\"create-inventory\"");
        html.ShouldContain("<label for=\"year\">年度（西元）</label>");
        html.ShouldContain("value=\"2025\"");   // the clock says 2026: last year is the default
    }

    [Fact]
    public async Task Inventory_OtherOrganisationsId_Is404()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var other = await Seed.TenantAsync(fixture);

        var response = await world.Client.GetAsync(new Uri($"/inventories/{other.InventoryYearId}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Inventories_CreatePost_StoresTheYearAndOpensIt()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var response = await PostAsync(world.Client, "/inventories", "create-inventory",
        [
            F("Input.Year", "2023"), F("Input.Boundary", "FinancialControl"), F("Input.PeriodStart", "2023-03-01"), F("Input.PeriodEnd", "2023-12-31"),
            F("Input.FactorSetId", "moenv-2024"), F("Input.GwpSetId", "AR6"), F("Input.IsBaseYear", "true"),
        ]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = fixture.CreateContext(world.OrganisationId);
        var y = await db.InventoryYears.SingleAsync();
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/inventories/{y.Id}");
        (y.Year, y.Boundary, y.PeriodStart, y.PeriodEnd, y.FactorSetId, y.GwpSetId, y.IsBaseYear)
            .ShouldBe((2023, BoundaryApproach.FinancialControl, new DateOnly(2023, 3, 1), new DateOnly(2023, 12, 31), "moenv-2024", "AR6", true));
    }

    [Theory]
    [InlineData("zh-TW", "年度須為西元 1990–2100。", "請輸入日期（年-月-日）。")]
    [InlineData("en", "The year must be between 1990 and 2100 AD.", "Enter a date (year-month-day).")]
    public async Task Inventories_BadInput_ShowsFieldMessagesAndSavesNothing(string culture, string year, string date)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        await world.Client.GetAsync(new Uri($"/culture?c={culture}&redirect=/", UriKind.Relative));

        var badYear = await PostHtmlAsync(world.Client, "/inventories", "create-inventory", [F("Input.Year", "1800"), F("Input.GwpSetId", "AR5")]);
        var badDate = await PostHtmlAsync(world.Client, "/inventories", "create-inventory", [F("Input.Year", "2024"), F("Input.PeriodStart", "2024/13/01")]);

        badYear.ShouldContain(year);
        badYear.ShouldContain("value=\"1800\"");
        badDate.ShouldContain(date);
        badDate.ShouldContain("value=\"2024/13/01\"");
        // A negative year is a whole number: the message is the API's range, not "not a whole number".
        var negative = await PostHtmlAsync(world.Client, "/inventories", "create-inventory", [F("Input.Year", "-2024"), F("Input.GwpSetId", "AR5")]);
        negative.ShouldContain(year);
        negative.ShouldContain("value=\"-2024\"");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.InventoryYears.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Inventories_SecondInventoryForAYear_ShowsTheConflict()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        await world.CreateInventoryAsync(2022);

        var html = await PostHtmlAsync(world.Client, "/inventories", "create-inventory", [F("Input.Year", "2022")]);

        html.ShouldContain("2022 年已有盤查年度。");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.InventoryYears.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Inventory_SettingsPost_StoresAndShowsTheSummary()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync(2021);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, sourceType = "外購電力", material = "外購電力", significanceR = 3, significanceC = 2, significanceP = 2 });
        await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 2021, month = 1, amount = 10, unit = "度" });

        var html = await HtmlAsync(world.Client, $"/inventories/{inventory.Id}");
        await PostAsync(world.Client, $"/inventories/{inventory.Id}", "inventory-settings",
            [F("Input.Year", "2021"), F("Input.Boundary", "FinancialControl"), F("Input.FactorSetId", "moenv-6.0.4"), F("Input.GwpSetId", "AR5")]);

        html.ShouldContain("aria-current=\"page\"");
        html.ShouldContain("<dd id=\"source-count\">1 (重大排放源 1 個)</dd>");
        html.ShouldContain("<dd id=\"entry-count\">1</dd>");
        html.ShouldContain("11 個排放源×月份尚無數據");
        html.ShouldContain($"href=\"/inventories/{inventory.Id}/reminder\"");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.InventoryYears.SingleAsync()).Boundary.ShouldBe(BoundaryApproach.FinancialControl); // the sets of an inventory with entries move only by recalculation
    }

    [Fact]
    public async Task Inventory_SettingsPost_KeepsOutputAndRevenueSetOnTheResultsPage()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync(2021);
        await using (var db = fixture.CreateContext(world.OrganisationId))
        {
            var year = await db.InventoryYears.SingleAsync();
            (year.OutputQuantity, year.OutputUnit, year.RevenueNtd) = (1200m, "公噸", 350_000_000m);
            await db.SaveChangesAsync();
        }

        await PostAsync(world.Client, $"/inventories/{inventory.Id}", "inventory-settings",
            [F("Input.Year", "2021"), F("Input.Boundary", "OperationalControl"), F("Input.FactorSetId", "moenv-6.0.4"), F("Input.GwpSetId", "AR4")]);

        await using var check = fixture.CreateContext(world.OrganisationId);
        var saved = await check.InventoryYears.SingleAsync();
        saved.GwpSetId.ShouldBe("AR4");
        (saved.OutputQuantity, saved.OutputUnit, saved.RevenueNtd).ShouldBe((1200m, "公噸", 350_000_000m));
    }

    [Fact]
    public async Task Inventory_Locked_IsReadOnlyWithANote()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync(2021);
        (await world.Client.PostAsync(new Uri($"/api/v1/inventories/{inventory.Id}/lock", UriKind.Relative), null)).EnsureSuccessStatusCode();

        var html = await HtmlAsync(world.Client, $"/inventories/{inventory.Id}");

        html.ShouldContain("此盤查年度已鎖定");
        html.ShouldContain("<fieldset disabled>");
        html.ShouldNotContain("value=\"inventory-settings\"");
    }

    [Fact]
    public async Task Inventories_Viewer_ListsWithoutTheCreateForm()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync(2021);
        using var viewer = await world.MemberAsync(MembershipRole.Viewer);

        var list = await HtmlAsync(viewer, "/inventories");
        var page = await HtmlAsync(viewer, $"/inventories/{inventory.Id}");

        list.ShouldContain(">2021</a>");
        list.ShouldNotContain("create-inventory");
        page.ShouldContain("您的角色只能檢視資料，不能修改。");
        page.ShouldNotContain("value=\"inventory-settings\"");
    }

    [Fact]
    public async Task Inventories_ManyYears_Paginate()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        for (var year = 2000; year < 2022; year++)
        {
            await world.CreateInventoryAsync(year);
        }

        var first = await HtmlAsync(world.Client, "/inventories");
        var second = await HtmlAsync(world.Client, "/inventories?page=2");

        first.ShouldContain(">2021</a>");
        first.ShouldNotContain(">2001</a>");
        first.ShouldContain("第 1 頁，共 2 頁");
        second.ShouldContain(">2001</a>");
        second.ShouldNotContain(">2021</a>");
    }

    [Fact]
    public async Task Pages_VerifierLimitedToOneInventory_ReadOnlyThereAnd404Elsewhere()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var verified = await world.CreateInventoryAsync(2021);
        var other = await world.CreateInventoryAsync(2022);
        using var client = await world.VerifierAsync(verified.Id);

        var list = await HtmlAsync(client, "/inventories");
        list.ShouldContain(">2021</a>");
        list.ShouldNotContain(">2022</a>");
        (await HtmlAsync(client, $"/inventories/{verified.Id}/sources")).ShouldNotContain("add-source\"");
        foreach (var path in new[] { "", "/sources", "/reminder" })
        {
            (await client.GetAsync(new Uri($"/inventories/{other.Id}{path}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }
    }

    [Theory]
    [InlineData("/organisation")]
    [InlineData("/inventories")]
    [InlineData("/organisation/facilities/new")]
    public async Task Pages_SignedOut_RedirectToLogin(string path)
    {
        await using var app = AccountsApp.Shared(fixture);
        await app.SeedUserAsync(administrator: true);
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Found);
        response.Headers.Location!.AbsolutePath.ShouldBe("/login");
    }

    [Theory]
    [InlineData("zh-TW", "盤查期間的結束日不可早於開始日。")]
    [InlineData("en", "The period must not end before it starts.")]
    public async Task Inventory_BadSettings_ShowFieldMessageAndSaveNothing(string culture, string message)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync(2021);
        await world.Client.GetAsync(new Uri($"/culture?c={culture}&redirect=/", UriKind.Relative));

        var html = await PostHtmlAsync(world.Client, $"/inventories/{inventory.Id}", "inventory-settings",
            [F("Input.Year", "2021"), F("Input.PeriodStart", "2021-12-01"), F("Input.PeriodEnd", "2021-01-31"), F("Input.GwpSetId", "AR6")]);

        html.ShouldContain($"<p class=\"validation-message\" id=\"periodEnd-error\">{message}</p>");
        html.ShouldContain("value=\"2021-12-01\"");
        await using var db = fixture.CreateContext(world.OrganisationId);
        var y = await db.InventoryYears.SingleAsync();
        (y.PeriodStart, y.PeriodEnd, y.GwpSetId).ShouldBe((new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31), "AR5"));
    }
}
