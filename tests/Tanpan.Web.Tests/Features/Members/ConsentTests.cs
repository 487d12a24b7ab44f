using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Members;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;

namespace Tanpan.Web.Tests.Features.Members;

/// <summary>
/// Membership by consent (docs/accounts.md): an owner's invitation of an existing account changes nothing until that
/// user accepts; the answer does not tell whether the address has an account; any member may leave, except the last
/// owner; and a user of several organisations must name one on organisation routes (400, never an empty 200).
/// </summary>
public abstract class ConsentTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private const string Members = "/api/v1/organisation/members";

    [Fact]
    public async Task Invite_ExistingAccount_IsNotAMemberUntilAccepted_ThenIs()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var someone = await app.SeedUserAsync();
        using var invitee = await app.SignedInClientAsync(someone);

        var invitation = await MembersApiTests<TFixture>.InviteAsync(world, someone.Email.ToUpperInvariant(), "Editor");

        (await AccountsApp.MeAsync(invitee)).Memberships.ShouldBeEmpty();
        (await world.Client.GetFromJsonAsync<MembersResponse>(Members, AccountsApp.Json))!.Members.ShouldHaveSingleItem(); // the owner only
        var mine = (await invitee.GetFromJsonAsync<List<MyInvitation>>("/api/v1/me/invitations", AccountsApp.Json))!.ShouldHaveSingleItem();
        (mine.Id, mine.OrganisationId, mine.OrganisationName, mine.Role).ShouldBe((invitation.Id, world.OrganisationId, "測試紡織股份有限公司", MembershipRole.Editor));

        var accepted = await invitee.PostAsync(new Uri($"/api/v1/me/invitations/{invitation.Id}/accept", UriKind.Relative), null);

        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var me = await AccountsApp.MeAsync(invitee);
        (me.CurrentOrganisationId, me.CurrentRole).ShouldBe((world.OrganisationId, MembershipRole.Editor));
        (await invitee.GetFromJsonAsync<List<MyInvitation>>("/api/v1/me/invitations", AccountsApp.Json))!.ShouldBeEmpty();
        (await invitee.PostAsync(new Uri($"/api/v1/me/invitations/{invitation.Id}/accept", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NotFound); // used
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Invitations.SingleAsync()).AcceptedAt.ShouldBe(Seed.Time);
        var membership = await db.Memberships.SingleAsync(m => m.UserId == someone.Id);
        (await db.AuditEntries.CountAsync(a => a.EntityId == membership.Id && a.Action == AuditAction.Create && a.UserId == someone.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Decline_RemovesTheInvitation_AndNothingJoins()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var someone = await app.SeedUserAsync();
        using var invitee = await app.SignedInClientAsync(someone);
        var invitation = await MembersApiTests<TFixture>.InviteAsync(world, someone.Email, "Viewer");

        var declined = await invitee.PostAsync(new Uri($"/api/v1/me/invitations/{invitation.Id}/decline", UriKind.Relative), null);

        declined.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await AccountsApp.MeAsync(invitee)).Memberships.ShouldBeEmpty();
        (await world.Client.GetFromJsonAsync<MembersResponse>(Members, AccountsApp.Json))!.Invitations.ShouldBeEmpty();
        (await invitee.PostAsync(new Uri($"/api/v1/me/invitations/{invitation.Id}/accept", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Memberships.CountAsync()).ShouldBe(1);
        (await db.AuditEntries.CountAsync(a => a.EntityId == invitation.Id && a.Action == AuditAction.Delete && a.UserId == someone.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Invitation_ForAnotherAddress_CannotBeSeenOrAnswered()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (addressed, stranger) = (await app.SeedUserAsync(), await app.SeedUserAsync());
        var invitation = await MembersApiTests<TFixture>.InviteAsync(world, addressed.Email, "Owner");
        using var client = await app.SignedInClientAsync(stranger);

        (await client.GetFromJsonAsync<List<MyInvitation>>("/api/v1/me/invitations", AccountsApp.Json))!.ShouldBeEmpty();
        (await client.PostAsync(new Uri($"/api/v1/me/invitations/{invitation.Id}/accept", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostAsync(new Uri($"/api/v1/me/invitations/{invitation.Id}/decline", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await AccountsApp.MeAsync(client)).Memberships.ShouldBeEmpty();
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Invitations.SingleAsync()).AcceptedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Invite_KnownAndUnknownAddress_SameAnswerAndSameDatabaseWork()
    {
        var commands = new CommandCounter();
        await using var app = new AccountsApp(fixture) { TestServices = s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(commands)) };
        var world = await InventoryWorld.CreateAsync(app);
        var known = await app.SeedUserAsync();

        var answers = new List<(HttpStatusCode Status, string Shape, int Commands)>();
        foreach (var email in (string[])[known.Email, "nobody.here@example.tw", known.Email.ToUpperInvariant(), "NOBODY.HERE@EXAMPLE.TW"])
        {
            commands.Count = 0;
            var response = await world.Client.PostAsJsonAsync(Members, new { email, role = "Viewer" }, AccountsApp.Json);
            var seen = commands.Count;
            var body = await response.Content.ReadAsStringAsync();
            var invitation = JsonDocument.Parse(body).RootElement.GetProperty("invitation");
            var shape = body.Replace(invitation.GetProperty("id").GetString()!, "ID", StringComparison.Ordinal)
                .Replace(invitation.GetProperty("token").GetString()!, "TOKEN", StringComparison.Ordinal)
                .Replace(email, "EMAIL", StringComparison.Ordinal);
            answers.Add((response.StatusCode, shape, seen));
        }

        answers.Select(a => a.Status).ShouldAllBe(s => s == HttpStatusCode.Created);
        answers.Select(a => a.Shape).Distinct().ShouldHaveSingleItem(); // byte for byte, once id, token and address are masked
        answers[2].Commands.ShouldBe(answers[3].Commands); // the second invitation of each replaces the first: same work
        answers[0].Commands.ShouldBe(answers[1].Commands);
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Memberships.CountAsync()).ShouldBe(1); // nobody joined
    }

    [Fact]
    public async Task Leave_AMember_LeavesAndSeesNoMore_TheLastOwnerCannot()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var editor = await app.SeedUserAsync(false, (world.OrganisationId, MembershipRole.Editor));
        using var client = await app.SignedInClientAsync(editor);
        (await client.GetAsync(new Uri("/api/v1/inventories", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var left = await client.DeleteAsync(new Uri("/api/v1/organisation/membership", UriKind.Relative));
        var ownerLeaves = await world.Client.DeleteAsync(new Uri("/api/v1/organisation/membership", UriKind.Relative));

        left.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await AccountsApp.MeAsync(client)).Memberships.ShouldBeEmpty();
        (await client.GetAsync(new Uri(Members, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        ownerLeaves.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = (await ownerLeaves.Content.ReadFromJsonAsync<ProblemDetails>())!;
        (problem.Title, problem.Detail).ShouldBe(("您是本組織唯一的擁有者，無法離開：請先指定另一位成員為擁有者。",
            "You are the organisation's only owner and cannot leave: make another member an owner first."));
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Memberships.Select(m => m.Role).ToListAsync()).ShouldBe([MembershipRole.Owner]);

        await app.SeedUserAsync(false, (world.OrganisationId, MembershipRole.Owner));
        (await world.Client.DeleteAsync(new Uri("/api/v1/organisation/membership", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent); // now another owner remains
    }

    [Fact]
    public async Task SeveralOrganisations_NoneNamed_Is400ListingThem_NeverAnEmpty200()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (first, second, foreign) = (await app.SeedOrganisationAsync("甲公司"), await app.SeedOrganisationAsync("乙公司"), await app.SeedOrganisationAsync("丙公司"));
        var user = await app.SeedUserAsync(false, (first, MembershipRole.Owner), (second, MembershipRole.Viewer));
        var token = await app.CreateTokenAsync(user);
        using var bearer = app.BearerClient(token.Token);
        using var cookie = await app.SignedInClientAsync(user);

        var noneNamed = await bearer.GetAsync(new Uri("/api/v1/inventories", UriKind.Relative));
        var cookieNoneChosen = await cookie.GetAsync(new Uri("/api/v1/inventories", UriKind.Relative));
        using var foreignNamed = new HttpRequestMessage(HttpMethod.Get, "/api/v1/inventories") { Headers = { { "X-Tanpan-Organisation", foreign.ToString() } } };
        var notTheirs = await bearer.SendAsync(foreignNamed);
        using var named = new HttpRequestMessage(HttpMethod.Get, "/api/v1/inventories") { Headers = { { "X-Tanpan-Organisation", second.ToString() } } };
        var chosen = await bearer.SendAsync(named);

        noneNamed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await noneNamed.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("title").GetString().ShouldBe("請以 X-Tanpan-Organisation 標頭指定下列其中一個組織。");
        problem.GetProperty("detail").GetString().ShouldBe("Name one of the organisations listed in the X-Tanpan-Organisation header.");
        problem.GetProperty("organisations").EnumerateArray().Select(o => (o.GetProperty("id").GetGuid(), o.GetProperty("name").GetString()))
            .ShouldBe([(second, "乙公司"), (first, "甲公司")]); // by name, ordinally: 乙 U+4E59 before 甲 U+7532
        cookieNoneChosen.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await cookieNoneChosen.Content.ReadAsStringAsync()).ShouldContain("/api/v1/session/organisation");
        notTheirs.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notTheirs.Content.ReadAsStringAsync()).ShouldNotContain("丙公司");
        chosen.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bearer.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK); // account routes need no organisation
    }

    [Fact]
    public async Task Pages_AcceptOnMyInvitations_LeaveOnMembers()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var someone = await app.SeedUserAsync();
        var invitation = await MembersApiTests<TFixture>.InviteAsync(world, someone.Email, "Viewer");
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        (await AccountsApp.SignInAsync(client, someone.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await client.GetAsync(new Uri(invitation.InvitePath, UriKind.Relative))).Headers.Location!.OriginalString.ShouldEndWith("/account/invitations");
        (await MembersPagesTests<TFixture>.PageAsync(client, "/")).ShouldContain("您有 1 個待回覆的組織邀請。");
        var page = await MembersPagesTests<TFixture>.PageAsync(client, "/account/invitations");
        page.ShouldContain("測試紡織股份有限公司");
        var accepted = await MembersPagesTests<TFixture>.PostAsync(client, "/account/invitations", "invitation-answer", ("AcceptId", invitation.Id.ToString()));
        System.Net.WebUtility.HtmlDecode(await accepted.Content.ReadAsStringAsync()).ShouldContain("您已加入「測試紡織股份有限公司」。");
        (await AccountsApp.MeAsync(client)).CurrentRole.ShouldBe(MembershipRole.Viewer);

        var left = await MembersPagesTests<TFixture>.PostAsync(client, "/organisation/members", "leave-organisation", ("ConfirmLeave", "true"));
        left.StatusCode.ShouldBe(HttpStatusCode.Found);
        (await AccountsApp.MeAsync(client)).Memberships.ShouldBeEmpty();

        using var owner = app.CreateClient(new() { AllowAutoRedirect = false });
        var ownerUser = (await world.Client.GetFromJsonAsync<MembersResponse>(Members, AccountsApp.Json))!.Members.Single();
        var ownerAccount = await app.ReadUserAsync(ownerUser.UserId);
        (await AccountsApp.SignInAsync(owner, ownerAccount.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var refused = await MembersPagesTests<TFixture>.PostAsync(owner, "/organisation/members", "leave-organisation", ("ConfirmLeave", "true"));
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("您是本組織唯一的擁有者，無法離開：請先指定另一位成員為擁有者。");
    }

    /// <summary>Counts the SQL commands the app sends.</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count;

        public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
        {
            Interlocked.Increment(ref Count);
            return result;
        }
    }
}

public sealed class SqliteConsentTests(SqliteFixture fixture) : ConsentTests<SqliteFixture>(fixture);

public sealed class PostgresConsentTests(PostgresFixture fixture) : ConsentTests<PostgresFixture>(fixture);
