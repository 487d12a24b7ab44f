using System.Net;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using static Tanpan.Web.Tests.Features.Inventories.Pages.FlowPages;

namespace Tanpan.Web.Tests.Features.Inventories.Pages;

/// <summary>/organisation and /organisation/facilities/…: the MOEA profile form and the facilities.</summary>
public abstract class OrganisationPagesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Organisation_Member_RendersEveryFormFieldAndTheFacilities()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        await world.CreateFacilityAsync<FacilityResponse>("觀音廠");

        var html = await HtmlAsync(world.Client, "/organisation");

        foreach (var label in new[] { "工廠（公司）名稱", "統一編號", "工廠登記證號", "產業別", "所屬工業區", "地址", "資本額（萬元）", "員工人數", "負責人", "聯絡人", "聯絡電話", "電子郵件", "外銷比例（%）", "主要產品", "近一年產量" })
        {
            html.ShouldContain($">{label}</label>");
        }

        html.ShouldContain("<option value=\"11\" selected>11 紡織業</option>");
        html.ShouldContain("<option value=\"33\">33 其他製造業</option>");
        html.ShouldContain("value=\"5000\"");   // NT$50,000,000 shown in 萬元
        html.ShouldContain("<td>觀音廠</td>");
        html.ShouldContain("name=\"_handler\" value=\"profile\"");
    }

    [Fact]
    public async Task Organisation_ValidPost_StoresTheProfile()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var response = await PostAsync(world.Client, "/organisation", "profile",
        [
            F("Input.Name", "新名稱股份有限公司"), F("Input.TaxId", "04595252"), F("Input.FactoryRegistrationNumber", "99612345"),
            F("Input.IndustryCode", "24"), F("Input.IsMidSizedBackbone", "true"), F("Input.IndustrialZone", "觀音工業區"),
            F("Input.Address", "桃園市觀音區工業一路 1 號"), F("Input.CapitalTenThousands", "8,000"), F("Input.Employees", "85"),
            F("Input.RepresentativeName", "陳董"), F("Input.ContactEmail", "lin@example.tw"), F("Input.ExportSharePercent", "35.5"),
            F("Input.MainProducts", "鋁捲"), F("Input.AnnualOutput", "12000"), F("Input.AnnualOutputUnit", "公噸"),
        ]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.RequestMessage!.RequestUri!.PathAndQuery.ShouldBe("/organisation?saved=profile");
        await using var db = fixture.CreateContext(world.OrganisationId);
        var o = await db.Organisations.SingleAsync();
        (o.Name, o.IndustryCode, o.IsMidSizedBackbone, o.CapitalNtd, o.Employees).ShouldBe(("新名稱股份有限公司", "24", true, 80_000_000m, 85));
        (o.ExportSharePercent, o.AnnualOutput, o.AnnualOutputUnit, o.IndustrialZone).ShouldBe((35.5m, 12000m, "公噸", "觀音工業區"));
    }

    [Theory]
    [InlineData("zh-TW", "統一編號須為 8 位數字且通過檢查碼驗證。", "外銷比例須介於 0 到 100。", "此欄位必填。")]
    [InlineData("en", "The tax id (統一編號) must be 8 digits with a valid check sum.", "The export share must be between 0 and 100 percent.", "This field is required.")]
    public async Task Organisation_BadInput_ShowsFieldMessagesKeepsTypingAndSavesNothing(string culture, string taxId, string exportShare, string required)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        await world.Client.GetAsync(new Uri($"/culture?c={culture}&redirect=/", UriKind.Relative));

        var html = await PostHtmlAsync(world.Client, "/organisation", "profile",
            [F("Input.Name", ""), F("Input.TaxId", "12345678"), F("Input.ExportSharePercent", "150"), F("Input.Address", "台中市新地址")]);

        html.ShouldContain(taxId);
        html.ShouldContain(exportShare);
        html.ShouldContain(required);
        html.ShouldNotContain(culture == "en" ? "統一編號須為" : "The tax id");
        html.ShouldContain("value=\"台中市新地址\"");
        html.ShouldContain("value=\"12345678\"");
        await using var db = fixture.CreateContext(world.OrganisationId);
        var o = await db.Organisations.SingleAsync();
        (o.Name, o.TaxId, o.Address).ShouldBe(("測試紡織股份有限公司", "04595252", null));
    }

    [Fact]
    public async Task Organisation_NumberNotReadable_ShowsMessageAndSavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var html = await PostHtmlAsync(world.Client, "/organisation", "profile", [F("Input.Name", "改名"), F("Input.Employees", "八十五")]);

        html.ShouldContain("請輸入整數。");
        html.ShouldContain("value=\"八十五\"");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Organisations.SingleAsync()).Name.ShouldBe("測試紡織股份有限公司");
    }

    [Fact]
    public async Task Organisation_Viewer_SeesTheProfileWithoutForms()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        await world.CreateFacilityAsync<FacilityResponse>("觀音廠");
        using var viewer = await world.MemberAsync(MembershipRole.Viewer);

        var html = await HtmlAsync(viewer, "/organisation");

        html.ShouldContain("您的角色只能檢視資料，不能修改。");
        html.ShouldContain("<fieldset disabled>");
        html.ShouldNotContain("value=\"profile\"");
        html.ShouldNotContain("value=\"delete-facility\"");
        html.ShouldNotContain("/organisation/facilities/new");
    }

    [Fact]
    public async Task Facility_NewThenEdit_StoresWhatWasPosted()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        (await PostAsync(world.Client, "/organisation/facilities/new", "facility",
            [F("Input.Name", "大園廠"), F("Input.Address", "桃園市大園區"), F("Input.FactoryRegistrationNumber", "99-123")])).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var db = fixture.CreateContext(world.OrganisationId))
        {
            var created = await db.Facilities.SingleAsync();
            (created.Name, created.Address, created.FactoryRegistrationNumber).ShouldBe(("大園廠", "桃園市大園區", "99-123"));
            (await HtmlAsync(world.Client, $"/organisation/facilities/{created.Id}")).ShouldContain("value=\"大園廠\"");
            await PostAsync(world.Client, $"/organisation/facilities/{created.Id}", "facility", [F("Input.Name", "大園二廠")]);
        }

        await using var after = fixture.CreateContext(world.OrganisationId);
        (await after.Facilities.SingleAsync()).Name.ShouldBe("大園二廠");
    }

    [Fact]
    public async Task Facility_BadInput_ShowsMessagesAndSavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        await world.CreateFacilityAsync<FacilityResponse>("觀音廠");

        var empty = await PostHtmlAsync(world.Client, "/organisation/facilities/new", "facility", [F("Input.Name", ""), F("Input.Address", "某處")]);
        var duplicate = await PostHtmlAsync(world.Client, "/organisation/facilities/new", "facility", [F("Input.Name", "觀音廠")]);

        empty.ShouldContain("此欄位必填。");
        empty.ShouldContain("value=\"某處\"");
        duplicate.ShouldContain("已有同名的廠區。");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Facilities.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Facility_DeleteFromTheList_RemovesOnlyAnUnusedOne()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var unused = await world.CreateFacilityAsync<FacilityResponse>("倉庫");
        var used = await world.CreateFacilityAsync<FacilityResponse>("觀音廠");
        var inventory = await world.CreateInventoryAsync();
        await world.CreateSourceAsync(inventory.Id, new { facilityId = used.Id, sourceType = "外購電力", material = "外購電力" });

        await PostAsync(world.Client, "/organisation", "delete-facility", [F("DeleteFacilityId", unused.Id.ToString()), F("__confirmed", "yes")]);
        var refused = await PostHtmlAsync(world.Client, "/organisation", "delete-facility", [F("DeleteFacilityId", used.Id.ToString()), F("__confirmed", "yes")]);

        refused.ShouldContain("此廠區仍有排放源，不能刪除。");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Facilities.Select(f => f.Name).ToListAsync()).ShouldBe(["觀音廠"]);
    }
}
