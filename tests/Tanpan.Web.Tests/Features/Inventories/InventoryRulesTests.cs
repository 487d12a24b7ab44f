using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>Validation per field with nothing saved, the lock, roles and the audit history.</summary>
public abstract class InventoryRulesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task UpdateProfile_InvalidFields_ReportsEachAndSavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var response = await world.Client.PutAsJsonAsync("/api/v1/organisation", new
        {
            name = "", taxId = "12345678", industryCode = "07", exportSharePercent = 101, employees = -1, capitalNtd = 1000,
        });

        var errors = await Validation.ErrorsAsync(response);
        errors.Keys.ShouldBe(["name", "taxId", "industryCode", "exportSharePercent", "employees"], ignoreOrder: true);
        errors["taxId"].ShouldHaveSingleItem().ShouldContain("統一編號");
        var profile = (await world.Client.GetFromJsonAsync<OrganisationProfile>("/api/v1/organisation", AccountsApp.Json))!;
        (profile.Name, profile.TaxId, profile.CapitalNtd).ShouldBe(("測試紡織股份有限公司", "04595252", 50_000_000m));
    }

    [Fact]
    public async Task UpdateProfile_ValidForm_IsSavedAndAudited()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var response = await world.Client.PutAsJsonAsync("/api/v1/organisation", new
        {
            name = "台灣積體電路製造股份有限公司", taxId = "22099131", industryCode = "26", exportSharePercent = 65.5, employees = 120,
            address = "新竹科學園區", mainProducts = "晶圓", annualOutput = 12000, annualOutputUnit = "片",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var profile = (await world.Client.GetFromJsonAsync<OrganisationProfile>("/api/v1/organisation", AccountsApp.Json))!;
        (profile.TaxId, profile.IndustryCode, profile.ExportSharePercent, profile.CapitalNtd).ShouldBe(("22099131", "26", 65.5m, (decimal?)null));
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Organisation) && a.Action == AuditAction.Update)).ShouldBe(1);
    }

    [Theory]
    [InlineData("04595252", true)]
    [InlineData("22099131", true)]
    [InlineData("10458574", true)]   // seventh digit 7: valid only through the (sum + 1) rule
    [InlineData("12345678", false)]
    [InlineData("2209913", false)]
    [InlineData("2209913a", false)]
    public void TaxId_IsValid_FollowsTheChecksum(string taxId, bool valid) => Tanpan.Core.Organisations.TaxId.IsValid(taxId).ShouldBe(valid);

    [Fact]
    public async Task CreateSourceAndActivity_InvalidFields_ReportEachAndSaveNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync();

        var sourceErrors = await Validation.ErrorsAsync(await world.Client.PostAsJsonAsync($"/api/v1/inventories/{inventory.Id}/sources", new
        {
            facilityId = Guid.NewGuid(), sourceType = "燃燒", material = "木炭粉末", category = 7, significanceR = 6, significanceC = 0,
        }));
        sourceErrors.Keys.ShouldBe(["facilityId", "sourceType", "material", "category", "significanceR", "significanceC"], ignoreOrder: true);

        var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, sourceType = "固定燃燒", material = "柴油", significanceR = 1, significanceC = 1, significanceP = 1 });
        source.IsSignificant.ShouldBeTrue();   // S = 1, but category 1 is always significant (SignificanceRule)
        var activityErrors = await Validation.ErrorsAsync(await world.Client.PostAsJsonAsync(
            $"/api/v1/inventories/{inventory.Id}/sources/{source.Id}/activity", new { year = 2021, month = 13, amount = -1, unit = "度" }));
        activityErrors.Keys.ShouldBe(["month", "amount", "unit"], ignoreOrder: true);
        (await Validation.ErrorsAsync(await world.Client.PostAsJsonAsync(
            $"/api/v1/inventories/{inventory.Id}/sources/{source.Id}/activity", new { year = 2021, amount = 1, unit = "桶子" }))).Keys.ShouldBe(["unit"]);

        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.EmissionSources.CountAsync()).ShouldBe(1);
        (await db.ActivityEntries.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Lock_ThenEveryChange_Is409UntilAdministratorUnlocksWithReason()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync();
        var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, sourceType = "固定燃燒", material = "柴油" });
        var entry = await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 2021, amount = 56, unit = "公升" });
        var inv = $"/api/v1/inventories/{inventory.Id}";
        var src = $"{inv}/sources/{source.Id}";

        (await world.Client.PostAsync(new Uri($"{inv}/lock", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var attempts = new[]
        {
            await world.Client.PutAsJsonAsync(inv, new { year = 2021 }),
            await world.Client.DeleteAsync(new Uri(inv, UriKind.Relative)),
            await world.Client.PostAsync(new Uri($"{inv}/lock", UriKind.Relative), null),
            await world.Client.PostAsJsonAsync($"{inv}/sources", new { facilityId = facility.Id, sourceType = "固定燃燒", material = "柴油" }),
            await world.Client.PutAsJsonAsync(src, new { facilityId = facility.Id, sourceType = "固定燃燒", material = "汽油" }),
            await world.Client.DeleteAsync(new Uri(src, UriKind.Relative)),
            await world.Client.PostAsJsonAsync($"{src}/activity", new { year = 2021, amount = 1, unit = "公升" }),
            await world.Client.PutAsJsonAsync($"{src}/activity/{entry.Id}", new { year = 2021, amount = 1, unit = "公升" }),
            await world.Client.DeleteAsync(new Uri($"{src}/activity/{entry.Id}", UriKind.Relative)),
        };
        attempts.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Conflict);
        (await attempts[0].Content.ReadAsStringAsync()).ShouldContain("鎖定");

        (await world.Client.PostAsJsonAsync($"{inv}/unlock", new { reason = "查驗意見修正" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var administrator = await world.MemberAsync(MembershipRole.Owner, administrator: true);
        (await Validation.ErrorsAsync(await administrator.PostAsJsonAsync($"{inv}/unlock", new { reason = " " }))).Keys.ShouldBe(["reason"]);
        var unlocked = await administrator.PostAsJsonAsync($"{inv}/unlock", new { reason = "查驗意見修正" });
        unlocked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await unlocked.Content.ReadFromJsonAsync<InventoryResponse>(AccountsApp.Json))!.UnlockReason.ShouldBe("查驗意見修正");
        (await world.Client.PutAsJsonAsync($"{src}/activity/{entry.Id}", new { year = 2021, amount = 60, unit = "公升" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(MembershipRole.Viewer)]
    [InlineData(MembershipRole.Verifier)]
    public async Task Writes_AsReadOnlyRole_Are403AndReadsWork(MembershipRole role)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync();
        var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, sourceType = "固定燃燒", material = "柴油" });
        using var reader = await world.MemberAsync(role);
        var inv = $"/api/v1/inventories/{inventory.Id}";

        var attempts = new[]
        {
            await reader.PutAsJsonAsync("/api/v1/organisation", new { name = "改名" }),
            await reader.PostAsJsonAsync("/api/v1/facilities", new { name = "新廠" }),
            await reader.DeleteAsync(new Uri($"/api/v1/facilities/{facility.Id}", UriKind.Relative)),
            await reader.PostAsJsonAsync("/api/v1/inventories", new { year = 2030 }),
            await reader.PostAsync(new Uri($"{inv}/lock", UriKind.Relative), null),
            await reader.PostAsJsonAsync($"{inv}/sources", new { facilityId = facility.Id, sourceType = "固定燃燒", material = "柴油" }),
            await reader.PostAsJsonAsync($"{inv}/sources/{source.Id}/activity", new { year = 2021, amount = 1, unit = "公升" }),
        };

        attempts.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Forbidden);
        (await reader.GetFromJsonAsync<List<SourceResponse>>($"{inv}/sources", AccountsApp.Json))!.ShouldHaveSingleItem();
        (await reader.GetFromJsonAsync<OrganisationProfile>("/api/v1/organisation", AccountsApp.Json))!.Name.ShouldBe("測試紡織股份有限公司");
    }

    [Fact]
    public async Task Reads_VerifierLimitedToOneInventory_SeeNoOther()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var verified = await world.CreateInventoryAsync(2021);
        var other = await world.CreateInventoryAsync(2022);
        using var client = await world.VerifierAsync(verified.Id);

        (await client.GetFromJsonAsync<List<InventoryResponse>>("/api/v1/inventories", AccountsApp.Json))!.Select(i => i.Id).ShouldBe([verified.Id]);
        (await client.GetAsync(new Uri($"/api/v1/inventories/{verified.Id}/sources", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(new Uri($"/api/v1/inventories/{other.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(new Uri($"/api/v1/inventories/{other.Id}/audit", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Audit_AfterChanges_IsPagedNewestFirst()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync();
        app.Clock.Now = app.Clock.Now.AddMinutes(1);
        var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, sourceType = "固定燃燒", material = "柴油" });
        app.Clock.Now = app.Clock.Now.AddMinutes(1);
        var entry = await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 2021, amount = 56, unit = "公升" });

        var first = (await world.Client.GetFromJsonAsync<AuditPage>($"/api/v1/inventories/{inventory.Id}/audit?page=1&pageSize=2", AccountsApp.Json))!;
        var second = (await world.Client.GetFromJsonAsync<AuditPage>($"/api/v1/inventories/{inventory.Id}/audit?page=2&pageSize=2", AccountsApp.Json))!;

        first.Total.ShouldBe(3);
        first.Items.Select(i => (i.EntityType, i.EntityId, i.Action)).ShouldBe([
            (nameof(ActivityEntry), entry.Id, AuditAction.Create), (nameof(EmissionSource), source.Id, AuditAction.Create)]);
        second.Items.ShouldHaveSingleItem().EntityId.ShouldBe(inventory.Id);
    }
}
