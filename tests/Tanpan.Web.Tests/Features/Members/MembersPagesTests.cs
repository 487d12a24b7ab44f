using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Members;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;
using Tanpan.Web.Tests.Support;

namespace Tanpan.Web.Tests.Features.Members;

/// <summary>The members and invitation pages over HTTP: forms post, show field messages in the page's language, and save nothing when wrong.</summary>
public abstract class MembersPagesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    [Fact]
    public async Task Members_AsOwner_ListsMembersAndOffersTheAddForm()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, client) = await OwnerAsync(app);

        var html = await PageAsync(client, "/organisation/members");

        html.ShouldContain("<h1>成員</h1>");
        html.ShouldContain("name=\"_handler\" value=\"add-member\"");
        html.ShouldContain("擁有者");
    }

    [Fact]
    public async Task Members_AsViewer_ListsMembersWithoutForms()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, _) = await OwnerAsync(app);
        var viewer = await app.SeedUserAsync(false, (world.OrganisationId, MembershipRole.Viewer));
        using var client = await PageClientAsync(app, viewer);

        var html = await PageAsync(client, "/organisation/members");

        html.ShouldContain(viewer.DisplayName);
        html.ShouldNotContain("add-member");
        html.ShouldNotContain("/organisation/members/");
    }

    [Fact]
    public async Task AddMember_BadInput_ShowsFieldMessagesKeepsTheInputAndSavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, client) = await OwnerAsync(app);

        var response = await PostAsync(client, "/organisation/members", "add-member", ("Input.Email", "not-an-address"), ("Input.Role", ""));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("請輸入有效的電子郵件地址。");
        html.ShouldContain("請選擇角色");
        html.ShouldContain("value=\"not-an-address\"");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Memberships.CountAsync()).ShouldBe(1);
        (await db.Invitations.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AddMember_InEnglish_ShowsEnglishMessages()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (_, client) = await OwnerAsync(app);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var response = await PostAsync(client, "/organisation/members", "add-member", ("Input.Email", "x@example.tw"), ("Input.Role", "Editor"),
            ("Input.InventoryYearId", Guid.NewGuid().ToString()));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Only a verifier can be limited to one inventory.");
    }

    [Fact]
    public async Task AddMember_NewAddress_ShowsTheInvitationLinkOnce_AndTheLinkCreatesTheAccount()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, client) = await OwnerAsync(app);

        var html = WebUtility.HtmlDecode(await (await PostAsync(client, "/organisation/members", "add-member",
            ("Input.Email", "invitee@example.tw"), ("Input.Role", "Editor"))).Content.ReadAsStringAsync());

        var start = html.IndexOf("/invite/", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        var path = html[start..html.IndexOf('"', start)];
        using var invitee = app.CreateClient(NoRedirects);
        var invite = await PageAsync(invitee, path);
        invite.ShouldContain("invitee@example.tw");

        var bad = await PostAsync(invitee, path, "accept-invitation", ("Input.DisplayName", ""), ("Input.Password", "short"));
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        badHtml.ShouldContain("請輸入顯示名稱");
        badHtml.ShouldContain("密碼至少需要 12 個字元。");
        badHtml.ShouldNotContain("value=\"short\"");

        var accepted = await PostAsync(invitee, path, "accept-invitation", ("Input.DisplayName", "新同事"), ("Input.Password", AccountsApp.Password));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Found);
        accepted.Headers.Location!.AbsolutePath.ShouldBe("/");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Memberships.Include(m => m.User).SingleAsync(m => m.User!.Email == "invitee@example.tw")).Role.ShouldBe(MembershipRole.Editor);

        using var again = app.CreateClient(NoRedirects);
        (await again.GetAsync(new Uri(path, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound); // used up
    }

    [Fact]
    public async Task EditMember_LastOwner_ShowsTheBilingualConflictAndKeepsTheRole()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, client) = await OwnerAsync(app);
        await using var db = fixture.CreateContext(world.OrganisationId);
        var owner = await db.Memberships.SingleAsync();

        var html = WebUtility.HtmlDecode(await (await PostAsync(client, $"/organisation/members/{owner.Id}", "change-member",
            ("Input.Role", "Viewer"), ("Input.InventoryYearId", ""))).Content.ReadAsStringAsync());
        var remove = WebUtility.HtmlDecode(await (await PostAsync(client, $"/organisation/members/{owner.Id}", "remove-member",
            ("Confirm", "true"), ("__confirmed", "yes"))).Content.ReadAsStringAsync());

        html.ShouldContain("組織至少要有一位擁有者");
        remove.ShouldContain("組織至少要有一位擁有者");
        await using var check = fixture.CreateContext(world.OrganisationId);
        (await check.Memberships.SingleAsync()).Role.ShouldBe(MembershipRole.Owner);
    }

    [Fact]
    public async Task EditMember_ChangesTheRole_AndAnUnknownIdIs404()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, client) = await OwnerAsync(app);
        var editor = await app.SeedUserAsync(false, (world.OrganisationId, MembershipRole.Editor));
        await using var db = fixture.CreateContext(world.OrganisationId);
        var membership = await db.Memberships.SingleAsync(m => m.UserId == editor.Id);

        var response = await PostAsync(client, $"/organisation/members/{membership.Id}", "change-member", ("Input.Role", "Viewer"), ("Input.InventoryYearId", ""));

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("已儲存。");
        await using var check = fixture.CreateContext(world.OrganisationId);
        (await check.Memberships.SingleAsync(m => m.Id == membership.Id)).Role.ShouldBe(MembershipRole.Viewer);
        (await client.GetAsync(new Uri($"/organisation/members/{Guid.NewGuid()}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<(InventoryWorld World, HttpClient Client)> OwnerAsync(AccountsApp app)
    {
        var organisationId = await app.SeedOrganisationAsync();
        var owner = await app.SeedUserAsync(false, (organisationId, MembershipRole.Owner));
        return (new InventoryWorld(app, organisationId, await app.SignedInClientAsync(owner)), await PageClientAsync(app, owner));
    }

    internal static async Task<HttpClient> PageClientAsync(AccountsApp app, User user)
    {
        var client = app.CreateClient(NoRedirects);
        (await AccountsApp.SignInAsync(client, user.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return client;
    }

    internal static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Fetches the page for its antiforgery field, then posts the named form.</summary>
    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string handler, params (string Name, string Value)[] fields)
    {
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var form = fields.ToDictionary(f => f.Name, f => f.Value);
        form[Antiforgery.FieldName] = Antiforgery.Token(page);
        form["_handler"] = handler;
        return await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(form));
    }
}

public sealed class SqliteMembersPagesTests(SqliteFixture fixture) : MembersPagesTests<SqliteFixture>(fixture);

public sealed class PostgresMembersPagesTests(PostgresFixture fixture) : MembersPagesTests<PostgresFixture>(fixture);
