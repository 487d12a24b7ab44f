using System.Net;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using static Tanpan.Web.Tests.Features.Inventories.Pages.FlowPages;

namespace Tanpan.Web.Tests.Features.Inventories.Pages;

/// <summary>/inventories/{id}/sources and /inventories/{id}/sources/{sourceId}: the register, the month grid and per-bill entries.</summary>
public abstract class SourcePagesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Sources_Member_ListsTheRegisterWithSignificance()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, _, _) = await ElectricityAsync(app);

        var html = await HtmlAsync(world.Client, $"/inventories/{inventory.Id}/sources");

        html.ShouldContain("<td>示範工廠</td>");
        html.ShouldContain(">製程及公用動力</a>");
        html.ShouldContain("<td>外購電力</td>");
        html.ShouldContain("<td>12</td>");   // S = 3 × 2 × 2
        html.ShouldContain("name=\"_handler\" value=\"add-source\"");
        html.ShouldContain("<label for=\"material\">原燃物料</label>");
    }

    [Fact]
    public async Task Sources_AddPost_StoresTheSourceWithTheTypesCategory()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, facility, _) = await ElectricityAsync(app);

        var response = await PostAsync(world.Client, $"/inventories/{inventory.Id}/sources", "add-source",
        [
            F("Input.FacilityId", facility.Id.ToString()), F("Input.Process", "鍋爐"), F("Input.Equipment", "蒸汽鍋爐"),
            F("Input.SourceType", "stationary"), F("Input.Material", "diesel"), F("Input.Category", ""),
            F("Input.SignificanceR", "1"), F("Input.SignificanceC", "2"), F("Input.SignificanceP", "2"), F("Input.RequiredByLawOrCustomer", "true"),
        ]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = fixture.CreateContext(world.OrganisationId);
        var s = await db.EmissionSources.SingleAsync(x => x.Process == "鍋爐");
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/inventories/{inventory.Id}/sources/{s.Id}");
        (s.MaterialKey, s.Category, s.Significance, s.RequiredByLawOrCustomer, s.Equipment).ShouldBe(("diesel", 1, 4, true, "蒸汽鍋爐"));
    }

    [Theory]
    [InlineData("zh-TW", "請選擇本組織的廠區。", "排放型式須為")]
    [InlineData("en", "Choose one of the organisation's facilities.", "The source type must be")]
    public async Task Sources_BadAdd_ShowsFieldMessagesAndSavesNothing(string culture, string facility, string type)
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, _, _) = await ElectricityAsync(app);
        await world.Client.GetAsync(new Uri($"/culture?c={culture}&redirect=/", UriKind.Relative));

        var html = await PostHtmlAsync(world.Client, $"/inventories/{inventory.Id}/sources", "add-source",
            [F("Input.FacilityId", ""), F("Input.Process", "新製程"), F("Input.SourceType", ""), F("Input.Material", "electricity")]);

        html.ShouldContain(facility);
        html.ShouldContain(type);
        html.ShouldContain("value=\"新製程\"");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.EmissionSources.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Source_Grid_HasAMonthPerRowWithTheMaterialsUnitAndTheEvidenceLink()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, _, source) = await ElectricityAsync(app);
        var entry = await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 2021, month = 3, amount = 1500, unit = "度", dataSourceMethod = "財務單據" });

        var html = await HtmlAsync(world.Client, $"/inventories/{inventory.Id}/sources/{source.Id}");

        html.ShouldContain("id=\"m2021-1-amount\" name=\"Grid.Rows[0].Amount\"");
        html.ShouldContain("id=\"m2021-12-amount\" name=\"Grid.Rows[11].Amount\"");
        html.ShouldNotContain("Grid.Rows[12]");
        html.ShouldContain("<label class=\"visually-hidden\" for=\"m2021-1-amount\">");
        html.ShouldContain("name=\"Grid.Rows[0].Unit\" value=\"度\"");   // pre-filled from the material's factor unit
        html.ShouldContain("name=\"Grid.Rows[2].Amount\" value=\"1500\"");
        html.ShouldContain("<option value=\"財務單據\" selected>");
        html.ShouldContain($"/inventories/{inventory.Id}/sources/{source.Id}/activity/{entry.Id}/evidence");
    }

    [Fact]
    public async Task Source_GridPost_SavesEveryMonthAndClearsAnEmptiedOne()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, _, source) = await ElectricityAsync(app);
        await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 2021, month = 12, amount = 99, unit = "度" });

        var response = await PostAsync(world.Client, Page(inventory, source), "month-grid",
            [.. Row(0, 1, "1,200", "度", "財務單據"), .. Row(1, 2, "1300.5", "千度", "其他", "電表讀數"), .. Row(2, 12, "", "度"),
             F("Grid.Rows[2].Version", "1")]);   // a browser posts every row with the version it showed; the month is in the row

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = fixture.CreateContext(world.OrganisationId);
        var entries = await db.ActivityEntries.Where(a => a.EmissionSourceId == source.Id).OrderBy(a => a.Month).ToListAsync();
        entries.Select(e => (e.Month, e.Amount, e.Unit, e.DataSourceMethod)).ShouldBe([(1, 1200m, "度", "財務單據"), (2, 1300.5m, "千度", "電表讀數")]);
    }

    [Theory]
    [InlineData("zh-TW", "不明的單位「桶」。", "活動數據須為 0 或正數。")]
    [InlineData("en", "Unknown unit '桶'.", "The amount must be zero or more.")]
    public async Task Source_GridWithOneBadMonth_SavesNothingAndMarksTheBadCells(string culture, string unit, string amount)
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, _, source) = await ElectricityAsync(app);
        await world.Client.GetAsync(new Uri($"/culture?c={culture}&redirect=/", UriKind.Relative));

        var html = await PostHtmlAsync(world.Client, Page(inventory, source), "month-grid",
            [.. Row(0, 1, "1200", "度"), .. Row(1, 2, "1300", "桶"), .. Row(2, 3, "-5", "度")]);

        html.ShouldContain($"<p class=\"validation-message\" id=\"m2021-2-unit-error\">{unit}</p>");
        html.ShouldContain($"<p class=\"validation-message\" id=\"m2021-3-amount-error\">{amount}</p>");
        html.ShouldContain("name=\"Grid.Rows[0].Amount\" value=\"1200\"");   // everything typed is kept
        html.ShouldContain("name=\"Grid.Rows[1].Unit\" value=\"桶\"");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.ActivityEntries.CountAsync(a => a.EmissionSourceId == source.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Source_GridMonthAsNtdPaidAndUnitPrice_SavesAnEstimateThatLowersTheGrade()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, _, source) = await ElectricityAsync(app);
        (await PostAsync(world.Client, Page(inventory, source), "month-grid", [.. Row(0, 1, "1200", "度", "財務單據"), .. Row(1, 2, "1300", "度", "財務單據")]))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var billedGrade = Grade(await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventory.Id}/documents"));

        var response = await PostAsync(world.Client, Page(inventory, source), "month-grid",
        [
            .. Row(0, 1, "", "度"), F("Grid.Rows[0].AmountPaidNtd", "3,600"), F("Grid.Rows[0].UnitPriceNtd", "3"), F("Grid.Rows[0].Version", "1"),
            .. Row(1, 2, "", "度"), F("Grid.Rows[1].AmountPaidNtd", "4000"), F("Grid.Rows[1].UnitPriceNtd", "3"), F("Grid.Rows[1].Version", "1"),
        ]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = fixture.CreateContext(world.OrganisationId);
        var entries = await db.ActivityEntries.Where(a => a.EmissionSourceId == source.Id).OrderBy(a => a.Month).ToListAsync();
        entries.Select(e => (e.Month, e.Amount, e.AmountPaidNtd, e.UnitPriceNtd, e.DataSourceMethod))
            .ShouldBe([(1, 1200m, 3600m, 3m, "採購金額回推用量"), (2, 1333.3333333333m, 4000m, 3m, "採購金額回推用量")]); // paid ÷ price, as one entry
        var page = WebUtility.HtmlDecode(await world.Client.GetStringAsync(new Uri(Page(inventory, source), UriKind.Relative)));
        page.ShouldContain("name=\"Grid.Rows[1].AmountPaidNtd\" value=\"4000\"");   // shown again as typed, marked as an estimate
        page.ShouldContain("以新臺幣金額推估");
        Grade(await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventory.Id}/documents")).ShouldBeGreaterThan(billedGrade); // 3 is the worst
    }

    [Fact]
    public async Task Source_GridMonthWithPaidButNoPrice_SavesNoMonth()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, _, source) = await ElectricityAsync(app);

        var html = await PostHtmlAsync(world.Client, Page(inventory, source), "month-grid",
            [.. Row(0, 1, "1200", "度"), .. Row(1, 2, "", "度"), F("Grid.Rows[1].AmountPaidNtd", "4000")]);

        html.ShouldContain("id=\"m2021-2-unitPriceNtd-error\"");
        html.ShouldContain("name=\"Grid.Rows[1].AmountPaidNtd\" value=\"4000\"");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.ActivityEntries.CountAsync(a => a.EmissionSourceId == source.Id)).ShouldBe(0); // all or nothing
    }

    [Fact]
    public async Task Source_GridWithAnUnreadableNumber_SavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, _, source) = await ElectricityAsync(app);

        var html = await PostHtmlAsync(world.Client, Page(inventory, source), "month-grid", [.. Row(0, 1, "1200", "度"), .. Row(1, 2, "一千", "度")]);

        html.ShouldContain("請輸入數字。");
        html.ShouldContain("value=\"一千\"");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.ActivityEntries.CountAsync(a => a.EmissionSourceId == source.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Source_PerBillEntries_AddEditAndDelete()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, _, source) = await ElectricityAsync(app);
        var page = Page(inventory, source);

        await PostAsync(world.Client, page, "entry", [F("Entry.Year", "2021"), F("Entry.Month", ""), F("Entry.Amount", "5000"), F("Entry.Unit", "度"), F("Entry.Method", "操作報表")]);
        // April's two bills overlap the year entered above (and each other): kept, each with its reason
        await PostAsync(world.Client, page, "entry", [F("Entry.Year", "2021"), F("Entry.Month", "4"), F("Entry.Amount", "10"), F("Entry.Unit", "度"), F("Entry.OverlapReason", "第一個電號")]);
        await PostAsync(world.Client, page, "entry", [F("Entry.Year", "2021"), F("Entry.Month", "4"), F("Entry.Amount", "20"), F("Entry.Unit", "度"), F("Entry.OverlapReason", "第二個電號")]);
        Guid yearly;
        await using (var db = fixture.CreateContext(world.OrganisationId))
        {
            var entries = await db.ActivityEntries.Where(a => a.EmissionSourceId == source.Id).ToListAsync();
            entries.Count.ShouldBe(3);
            yearly = entries.Single(e => e.Month is null).Id;
        }

        var html = await HtmlAsync(world.Client, page);
        html.ShouldContain("此月份有多筆帳單，請在下方逐筆修改。");   // April has two bills: not in the grid
        html.ShouldNotContain("id=\"m2021-4-amount\"");
        var edit = await HtmlAsync(world.Client, $"{page}?entry={yearly}");
        edit.ShouldContain("name=\"Entry.EntryId\" value=\"" + yearly + "\"");
        await PostAsync(world.Client, $"{page}?entry={yearly}", "entry",
            [F("Entry.EntryId", yearly.ToString()), F("Entry.Year", "2021"), F("Entry.Amount", "6000"), F("Entry.Unit", "度")]);
        var aprilBill = await FirstAprilBillAsync(world, source.Id);
        await PostAsync(world.Client, page, "delete-entry", [F("DeleteEntryId", aprilBill.ToString()), F("__confirmed", "yes")]);

        await using var after = fixture.CreateContext(world.OrganisationId);
        var left = await after.ActivityEntries.Where(a => a.EmissionSourceId == source.Id).ToListAsync();
        left.Count.ShouldBe(2);
        left.Single(e => e.Month is null).Amount.ShouldBe(6000m);
        left.ShouldNotContain(e => e.Id == aprilBill);
    }

    [Fact]
    public async Task Source_DeleteBill_WithoutConfirmation_AsksNamingTheBillAndDeletesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, _, source) = await ElectricityAsync(app);
        var page = Page(inventory, source);
        await PostAsync(world.Client, page, "entry", [F("Entry.Year", "2021"), F("Entry.Month", "4"), F("Entry.Amount", "1234"), F("Entry.Unit", "度")]);
        var bill = await FirstAprilBillAsync(world, source.Id);

        var asked = await PostHtmlAsync(world.Client, page, "delete-entry", [F("DeleteEntryId", bill.ToString())]);
        await using (var db = fixture.CreateContext(world.OrganisationId))
        {
            (await db.ActivityEntries.CountAsync(a => a.Id == bill)).ShouldBe(1);
        }

        asked.ShouldContain("確定要刪除");
        asked.ShouldContain("的活動數據（1,234 度）嗎？");
        asked.ShouldContain($"name=\"DeleteEntryId\" value=\"{bill}\"");
        asked.ShouldContain("name=\"__confirmed\" value=\"yes\"");
        asked.ShouldContain($"href=\"{page}\">取消</a>");
        await PostAsync(world.Client, page, "delete-entry", [F("DeleteEntryId", bill.ToString()), F("__confirmed", "yes")]);
        await using var after = fixture.CreateContext(world.OrganisationId);
        (await after.ActivityEntries.CountAsync(a => a.Id == bill)).ShouldBe(0);
    }

    [Theory]
    [InlineData("zh-TW", "月份須為 1–12，或留空表示全年。")]
    [InlineData("en", "The month must be 1 to 12, or empty for a whole year.")]
    public async Task Source_BadPerBillEntry_ShowsMessageAndSavesNothing(string culture, string month)
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, _, source) = await ElectricityAsync(app);
        await world.Client.GetAsync(new Uri($"/culture?c={culture}&redirect=/", UriKind.Relative));

        var html = await PostHtmlAsync(world.Client, Page(inventory, source), "entry",
            [F("Entry.Year", "2021"), F("Entry.Month", "13"), F("Entry.Amount", "10"), F("Entry.Unit", "度"), F("Entry.Note", "第二張")]);

        html.ShouldContain(month);
        html.ShouldContain("value=\"第二張\"");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.ActivityEntries.CountAsync(a => a.EmissionSourceId == source.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Source_EditAndBadEdit_StoreOnlyTheGoodOne()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, facility, source) = await ElectricityAsync(app);
        var page = Page(inventory, source);
        string[] common = ["Input.FacilityId", facility.Id.ToString()];

        var bad = await PostHtmlAsync(world.Client, page, "source",
            [F(common[0], common[1]), F("Input.Process", "新名稱"), F("Input.SourceType", "electricity"), F("Input.Material", "柴油")]);
        await PostAsync(world.Client, page, "source",
            [F(common[0], common[1]), F("Input.Process", "公用設施"), F("Input.SourceType", "electricity"), F("Input.Material", "electricity"), F("Input.SignificanceR", "5")]);

        bad.ShouldContain("value=\"新名稱\"");
        bad.ShouldContain("<p class=\"validation-message\" id=\"sourceType-error\">係數集 moenv-6.0.4 的「柴油」只有");
        await using var db = fixture.CreateContext(world.OrganisationId);
        var s = await db.EmissionSources.SingleAsync();
        (s.Process, s.MaterialKey, s.SignificanceR).ShouldBe(("公用設施", "electricity", 5));
    }

    [Fact]
    public async Task Source_Delete_RemovesItWithItsEntries()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, _, source) = await ElectricityAsync(app);
        await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 2021, month = 1, amount = 1, unit = "度" });

        var response = await PostAsync(world.Client, Page(inventory, source), "delete-source", [F("DeleteSource", "true"), F("__confirmed", "yes")]);

        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/inventories/{inventory.Id}/sources");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.EmissionSources.CountAsync()).ShouldBe(0);
        (await db.ActivityEntries.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Source_LockedInventory_IsReadOnly()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, _, source) = await ElectricityAsync(app);
        (await world.Client.PostAsync(new Uri($"/api/v1/inventories/{inventory.Id}/lock", UriKind.Relative), null)).EnsureSuccessStatusCode();

        var register = await HtmlAsync(world.Client, $"/inventories/{inventory.Id}/sources");
        var page = await HtmlAsync(world.Client, Page(inventory, source));

        register.ShouldContain("此盤查年度已鎖定");
        register.ShouldNotContain("add-source\"");
        page.ShouldContain("此盤查年度已鎖定");
        page.ShouldContain("<fieldset disabled>");
        page.ShouldNotContain("name=\"_handler\"\u0020value=\"month-grid\"");
        page.ShouldNotContain("value=\"entry\"");
        page.ShouldNotContain("value=\"delete-source\"");
    }

    [Fact]
    public async Task Source_Viewer_SeesDataWithoutForms()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, _, source) = await ElectricityAsync(app);
        await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 2021, month = 1, amount = 321, unit = "度" });
        using var viewer = await world.MemberAsync(MembershipRole.Viewer);

        var page = await HtmlAsync(viewer, Page(inventory, source));

        page.ShouldContain("您的角色只能檢視資料，不能修改。");
        page.ShouldContain("value=\"321\"");
        page.ShouldNotContain("name=\"_handler\" value=\"month-grid\"");
        page.ShouldNotContain("name=\"_handler\" value=\"source\"");
    }

    [Fact]
    public async Task Source_OfAnotherInventory_Is404()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, _, source) = await ElectricityAsync(app);
        var other = await world.CreateInventoryAsync(2022);

        var response = await world.Client.GetAsync(new Uri($"/inventories/{other.Id}/sources/{source.Id}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await world.Client.GetAsync(new Uri(Page(inventory, source), UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string Page(InventoryResponse inventory, SourceResponse source) => $"/inventories/{inventory.Id}/sources/{source.Id}";

    /// <summary>The documents page's grade of the (only) source.</summary>
    private static int Grade(string html) => int.Parse(
        System.Text.RegularExpressions.Regex.Match(html, "<td class=\"num grade\">([^<]*)</td>").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static KeyValuePair<string, string>[] Row(int index, int month, string amount, string unit, string method = "", string other = "") =>
    [
        F($"Grid.Rows[{index}].Year", "2021"), F($"Grid.Rows[{index}].Month", month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        F($"Grid.Rows[{index}].Amount", amount), F($"Grid.Rows[{index}].Unit", unit),
        F($"Grid.Rows[{index}].Method", method), F($"Grid.Rows[{index}].MethodOther", other),
    ];

    private async Task<Guid> FirstAprilBillAsync(InventoryWorld world, Guid sourceId)
    {
        await using var db = fixture.CreateContext(world.OrganisationId);
        return await db.ActivityEntries.Where(a => a.EmissionSourceId == sourceId && a.Month == 4).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
    }

    /// <summary>An owner, a 2021 inventory, a facility and an electricity source scored 3 × 2 × 2.</summary>
    private static async Task<(InventoryWorld World, InventoryResponse Inventory, FacilityResponse Facility, SourceResponse Source)> ElectricityAsync(AccountsApp app)
    {
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync(2021);
        var source = await world.CreateSourceAsync(inventory.Id, new
        {
            facilityId = facility.Id, process = "製程及公用動力", sourceType = "外購電力", material = "外購電力", significanceR = 3, significanceC = 2, significanceP = 2,
        });
        return (world, inventory, facility, source);
    }
}
