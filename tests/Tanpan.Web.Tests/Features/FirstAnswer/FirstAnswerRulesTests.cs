using System.Net;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.FirstAnswer;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;
using static Tanpan.Web.Tests.Features.FirstAnswer.FirstAnswerPage;

namespace Tanpan.Web.Tests.Features.FirstAnswer;

/// <summary>The first answer's refusals: bad input next to its field in both languages, roles, tenants, and no half-saved conversion.</summary>
public abstract class FirstAnswerRulesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly (string, string)[] BadFigures =
    [
        ("Year", "2024"), ("FacilityName", "本廠"), ("ElectricityYear", "-5"), ("Months[2]", "12a"), ("DieselVehicles", "1,2,3x"),
        ("Refrigerants[1].Kg", "3"), ("NaturalGas", "10"), ("NaturalGasUnit", "公升"),
    ];

    [Fact]
    public async Task BadInput_EachFieldGetsItsMessage_InChinese_AndNothingIsSaved()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var html = await CalculateAsync(world.Client, BadFigures);
        var converted = WebUtility.HtmlDecode(await (await ConvertAsync(world.Client, BadFigures)).Content.ReadAsStringAsync());

        FieldError(html, "fa-electricity").ShouldBe("用量須為 0 或正數。");
        FieldError(html, "fa-m3").ShouldBe("「12a」不是數字；請只填數字，例如 1,234.5。");
        FieldError(html, "fa-diesel-vehicles").ShouldBe("「1,2,3x」不是數字；請只填數字，例如 1,234.5。");
        FieldError(html, "fa-refrigerant-2").ShouldBe("請選擇補充的冷媒種類（見設備銘牌或維修單）。");
        FieldError(html, "fa-natural-gas-unit").ShouldBe("天然氣單位請選「度」或「立方公尺」。");
        html.ShouldContain("有 5 個欄位需要修正");
        html.ShouldContain("value=\"12a\"");   // what was typed comes back
        html.ShouldNotContain("id=\"answer\"");
        converted.ShouldContain("有 5 個欄位需要修正");
        await ShouldBeEmptyAsync(world.OrganisationId);
    }

    [Fact]
    public async Task BadInput_InEnglish_AndTheOtherRules()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        world.Client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var html = await CalculateAsync(world.Client, BadFigures);
        var both = await CalculateAsync(world.Client, ("Year", "2024"), ("FacilityName", "x"), ("ElectricityYear", "100"), ("Months[0]", "10"),
            ("Refrigerants[0].Type", "R-32"), ("Refrigerants[0].Kg", "1"), ("Refrigerants[1].Type", "R-32"), ("Refrigerants[1].Kg", "2"));
        var noGridFactor = await CalculateAsync(world.Client, ("Year", "2031"), ("FacilityName", "x"), ("ElectricityYear", "100"));
        var nothing = await CalculateAsync(world.Client, ("Year", "20x4"), ("FacilityName", ""));
        var empty = await CalculateAsync(world.Client, ("Year", "2024"), ("FacilityName", "x"));

        FieldError(html, "fa-electricity").ShouldBe("The amount must be zero or more.");
        FieldError(html, "fa-m3").ShouldBe("'12a' is not a number; type digits only, e.g. 1,234.5.");
        FieldError(html, "fa-refrigerant-2").ShouldBe("Choose the refrigerant refilled (see the nameplate or the service sheet).");
        FieldError(both, "fa-electricity")!.ShouldStartWith("Give the year's total or the months, not both");
        FieldError(both, "fa-refrigerant-2")!.ShouldStartWith("R-32 is already on a row above");
        FieldError(noGridFactor, "fa-year")!.ShouldContain("no grid electricity factor for 2031");
        FieldError(nothing, "fa-year").ShouldBe("The year must be a whole number from 1990 to 2100 (e.g. 2024).");
        FieldError(nothing, "fa-facility").ShouldBe("This field is required.");
        empty.ShouldContain("Give at least one figure (for example the year's electricity).");
        await ShouldBeEmptyAsync(world.OrganisationId);
    }

    [Fact]
    public async Task Viewer_Calculates_ButCannotConvert()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var viewer = await world.MemberAsync(MembershipRole.Viewer);
        (string, string)[] figures = [("Year", "2024"), ("FacilityName", "本廠"), ("ElectricityYear", "1000")];

        var html = await CalculateAsync(viewer, figures);
        var refused = WebUtility.HtmlDecode(await (await ConvertAsync(viewer, figures)).Content.ReadAsStringAsync());

        Total(html).ShouldBe(0.474m);   // 1,000 kWh × 0.474 (2024 grid factor)
        html.ShouldNotContain("value=\"convert\"");
        html.ShouldContain("只有擁有者與編輯者可以建立盤查。");
        refused.ShouldContain("role=\"alert\"");
        await ShouldBeEmptyAsync(world.OrganisationId);
    }

    [Fact]
    public async Task Verifier_IsRefusedThePage()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync(2023);
        var verifier = await world.VerifierAsync(inventory.Id);

        var response = await verifier.GetAsync(new Uri(PagePath, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>B has a facility 本廠 and a 2024 inventory: A's conversion neither reuses B's facility nor is blocked by B's year, and B is unchanged.</summary>
    [Fact]
    public async Task Convert_OtherOrganisationsDataIsNeitherSeenNorTouched()
    {
        await using var app = AccountsApp.Shared(fixture);
        var a = await InventoryWorld.CreateAsync(app);
        var b = await InventoryWorld.CreateAsync(app);
        var facilityB = await b.CreateFacilityAsync<Tanpan.Web.Features.Inventories.FacilityResponse>("本廠");
        var inventoryB = await b.CreateInventoryAsync(2024);

        var pageA = WebUtility.HtmlDecode(await a.Client.GetStringAsync(new Uri(PagePath, UriKind.Relative)));
        var response = await ConvertAsync(a.Client, ("Year", "2024"), ("FacilityName", "本廠"), ("ElectricityYear", "500"));

        pageA.ShouldNotContain("本組織已有");   // B's inventory is not counted as A's
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldEndWith("/reminder");
        await using var dbA = fixture.CreateContext(a.OrganisationId);
        (await dbA.Facilities.SingleAsync()).Id.ShouldNotBe(facilityB.Id);
        (await dbA.InventoryYears.SingleAsync()).Id.ShouldNotBe(inventoryB.Id);
        await using var dbB = fixture.CreateContext(b.OrganisationId);
        (await dbB.Facilities.SingleAsync()).Id.ShouldBe(facilityB.Id);
        (await dbB.InventoryYears.SingleAsync()).Id.ShouldBe(inventoryB.Id);
        (await dbB.EmissionSources.CountAsync(), await dbB.ActivityEntries.CountAsync()).ShouldBe((0, 0));
    }

    /// <summary>
    /// Nothing half-saved: a plan whose LAST entry the inventory API refuses (公升 of electricity, the API's own unit rule) after the
    /// year, the facility, a source and its entries were written leaves none of them; the refusal lands on the field.
    /// </summary>
    [Fact]
    public async Task Convert_RefusedHalfWay_SavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var tenant = new TenantContext();
        tenant.Set(null, world.OrganisationId, MembershipRole.Owner);
        await using var db = fixture.CreateContext(tenant);
        var plan = new FirstAnswerPlan(2024, "本廠", [
            new PlannedSource("lpg", SourceType.Stationary, "lpg", "液化石油氣", "公升", [new PlannedEntry(null, 10m)]),
            new PlannedSource("electricityYear", SourceType.Electricity, "electricity", "外購電力", "公升", [new PlannedEntry(null, 100m)]),
        ]);

        var outcome = await FirstAnswerConversion.ConvertAsync(plan, tenant, db, FactorLibrary.Shipped, CancellationToken.None);

        outcome.InventoryId.ShouldBeNull();
        outcome.Errors.ShouldNotBeEmpty();
        outcome.Errors.Select(e => e.Field).Distinct().ShouldBe(["electricityYear"], string.Join(" ", outcome.Errors));
        await ShouldBeEmptyAsync(world.OrganisationId);
    }

    private async Task ShouldBeEmptyAsync(Guid organisationId)
    {
        await using var db = fixture.CreateContext(organisationId);
        (await db.InventoryYears.CountAsync(), await db.Facilities.CountAsync(), await db.EmissionSources.CountAsync(), await db.ActivityEntries.CountAsync())
            .ShouldBe((0, 0, 0, 0));
    }
}
