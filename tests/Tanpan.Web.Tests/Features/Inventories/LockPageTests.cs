using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary><c>/inventories/{id}/lock</c>: status for every member, the lock for owners and editors, the unlock for administrators.</summary>
public abstract class LockPageTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task LockPage_OwnerWithConfirmation_LocksAndShowsWhenAndWho()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();
        var path = $"/inventories/{inventory.Id}/lock";

        var unconfirmed = await PageForm.PostAsync(world.Client, path, "lock", []);

        var html = await PageForm.HtmlAsync(unconfirmed);
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("請先勾選「我已檢查盤查結果」。");
        (await InventoryAsync(world, inventory.Id)).LockedAt.ShouldBeNull();

        var locked = await PageForm.PostAsync(world.Client, path, "lock", new() { ["LockInput.Checked"] = "true" });

        html = await PageForm.HtmlAsync(locked);
        locked.StatusCode.ShouldBe(HttpStatusCode.OK);
        var taipei = Seed.Time.ToOffset(TimeSpan.FromHours(8)).ToString("G", CultureInfo.GetCultureInfo("zh-TW"));
        html.ShouldContain($"此盤查年度已鎖定：{taipei} 由 林小姐 鎖定。");
        html.ShouldNotContain("name=\"LockInput.Checked\"");
        (await InventoryAsync(world, inventory.Id)).LockedAt.ShouldBe(Seed.Time);
    }

    [Fact]
    public async Task LockPage_AdministratorWithoutReason_KeepsItLockedThenUnlocksWithReason()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();
        (await world.Client.PostAsync(new Uri($"/api/v1/inventories/{inventory.Id}/lock", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var administrator = await world.MemberAsync(MembershipRole.Viewer, administrator: true);
        var path = $"/inventories/{inventory.Id}/lock";
        (await PageForm.HtmlAsync(await administrator.GetAsync(new Uri(path, UriKind.Relative)))).ShouldContain("name=\"UnlockInput.Reason\"");

        var empty = await PageForm.PostAsync(administrator, path, "unlock", new() { ["UnlockInput.Reason"] = "  " });

        // The message in the page's language only, next to the reason (was the API's "此欄位必填。 This field is required.").
        var refused = await PageForm.HtmlAsync(empty);
        Ui.FieldMessages.MessageFor(refused, "UnlockInput.Reason").ShouldBe("此欄位必填。");
        refused.ShouldNotContain("This field is required.");
        (await InventoryAsync(world, inventory.Id)).LockedAt.ShouldNotBeNull();

        var unlocked = await PageForm.PostAsync(administrator, path, "unlock", new() { ["UnlockInput.Reason"] = "查驗意見：修正 3 月電費" });

        var html = await PageForm.HtmlAsync(unlocked);
        html.ShouldContain("此盤查年度尚未鎖定");
        html.ShouldContain("上次解鎖原因： <q>查驗意見：修正 3 月電費</q>");
        (await InventoryAsync(world, inventory.Id)).ShouldSatisfyAllConditions(
            i => i.LockedAt.ShouldBeNull(), i => i.UnlockReason.ShouldBe("查驗意見：修正 3 月電費"));
    }

    [Fact]
    public async Task LockPage_OwnerWhoIsNotAdministrator_CannotUnlockByPageOrApi()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();
        (await world.Client.PostAsync(new Uri($"/api/v1/inventories/{inventory.Id}/lock", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var path = $"/inventories/{inventory.Id}/lock";
        (await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri(path, UriKind.Relative)))).ShouldNotContain("name=\"UnlockInput.Reason\"");

        var page = await PageForm.PostAsync(world.Client, path, "unlock", new() { ["UnlockInput.Reason"] = "自行解鎖" });
        var api = await world.Client.PostAsJsonAsync($"/api/v1/inventories/{inventory.Id}/unlock", new { reason = "自行解鎖" });

        (await PageForm.HtmlAsync(page)).ShouldContain("只有系統管理員可以解鎖盤查年度。");
        api.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await InventoryAsync(world, inventory.Id)).ShouldSatisfyAllConditions(i => i.LockedAt.ShouldNotBeNull(), i => i.UnlockReason.ShouldBeNull());
    }

    [Theory]
    [InlineData(MembershipRole.Viewer)]
    [InlineData(MembershipRole.Verifier)]
    public async Task LockPage_Reader_SeesStatusOnly(MembershipRole role)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();
        using var reader = await world.MemberAsync(role);

        var response = await reader.GetAsync(new Uri($"/inventories/{inventory.Id}/lock", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await PageForm.HtmlAsync(response);
        html.ShouldContain("此盤查年度尚未鎖定");
        html.ShouldContain("aria-current=\"page\">提交與鎖定</a>");
        html.ShouldNotContain("name=\"LockInput.Checked\"");
        html.ShouldNotContain("name=\"UnlockInput.Reason\"");
    }

    [Fact]
    public async Task LockPage_InEnglish_ShowsEnglishStatusAndMessages()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();
        (await world.Client.GetAsync(new Uri("/culture?c=en&redirect=/", UriKind.Relative))).EnsureSuccessStatusCode();

        var response = await PageForm.PostAsync(world.Client, $"/inventories/{inventory.Id}/lock", "lock", []);

        var html = await PageForm.HtmlAsync(response);
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("This inventory is open: it can still be changed.");
        html.ShouldContain("Tick “I checked the results” first.");
        html.ShouldContain("aria-current=\"page\">");
        (await InventoryAsync(world, inventory.Id)).LockedAt.ShouldBeNull();
    }

    private static async Task<InventoryResponse> InventoryAsync(InventoryWorld world, Guid id) =>
        (await world.Client.GetFromJsonAsync<InventoryResponse>($"/api/v1/inventories/{id}", AccountsApp.Json))!;
}
