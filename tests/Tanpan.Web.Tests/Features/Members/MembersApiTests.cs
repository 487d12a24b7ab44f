using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Features.Members;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;

namespace Tanpan.Web.Tests.Features.Members;

public abstract class MembersApiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private const string Members = "/api/v1/organisation/members";

    [Fact]
    public async Task Invite_NewAddress_ThenAccept_CanSignInAndSeesTheOrganisation()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        var invitation = await InviteAsync(world, "new.person@example.tw", "Viewer");
        using var anonymous = app.CreateClient();
        var details = (await anonymous.GetFromJsonAsync<InvitationDetails>($"/api/v1/invitations/{invitation.Token}", AccountsApp.Json))!;
        var accepted = await anonymous.PostAsJsonAsync($"/api/v1/invitations/{invitation.Token}", new { displayName = "林小華", password = AccountsApp.Password });

        invitation.InvitePath.ShouldBe($"/invite/{invitation.Token}");
        invitation.ExpiresAt.ShouldBe(Seed.Time.AddDays(7));
        (details.OrganisationName, details.Email, details.Role).ShouldBe(("測試紡織股份有限公司", "new.person@example.tw", MembershipRole.Viewer));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Created, await accepted.Content.ReadAsStringAsync());
        using var client = app.CreateClient();
        (await AccountsApp.SignInAsync(client, "new.person@example.tw", AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var me = await AccountsApp.MeAsync(client);
        (me.User.DisplayName, me.CurrentOrganisationId, me.CurrentRole).ShouldBe(("林小華", world.OrganisationId, MembershipRole.Viewer));
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Invitations.SingleAsync()).TokenHash.ShouldNotBe(invitation.Token); // only the hash is stored
        (await db.Invitations.SingleAsync()).TokenHash.Length.ShouldBe(64);
        (await db.AuditEntries.Where(a => a.EntityType == nameof(Invitation)).Select(a => a.Action).ToListAsync())
            .ShouldBe([AuditAction.Create, AuditAction.Update], ignoreOrder: true);
    }

    [Fact]
    public async Task Accept_UsedOrExpiredOrUnknownToken_IsRefused()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var used = await InviteAsync(world, "used@example.tw", "Editor");
        var expired = await InviteAsync(world, "late@example.tw", "Editor");
        using var anonymous = app.CreateClient();
        (await anonymous.PostAsJsonAsync($"/api/v1/invitations/{used.Token}", new { displayName = "甲", password = AccountsApp.Password })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var again = await anonymous.PostAsJsonAsync($"/api/v1/invitations/{used.Token}", new { displayName = "乙", password = AccountsApp.Password });
        app.Clock.Now = Seed.Time.AddDays(7).AddSeconds(1);
        var late = await anonymous.PostAsJsonAsync($"/api/v1/invitations/{expired.Token}", new { displayName = "丙", password = AccountsApp.Password });
        var unknown = await anonymous.PostAsJsonAsync("/api/v1/invitations/not-a-token", new { displayName = "丁", password = AccountsApp.Password });

        foreach (var response in (HttpResponseMessage[])[again, late, unknown])
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail!.ShouldContain("invalid, used or expired");
        }

        (await anonymous.GetAsync(new Uri($"/api/v1/invitations/{expired.Token}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Users.CountAsync(u => u.Email == "late@example.tw")).ShouldBe(0);
        (await db.Memberships.CountAsync()).ShouldBe(2); // the owner and the one accepted invitation
    }

    [Fact]
    public async Task Accept_BadInput_ListsEveryFieldAndCreatesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var invitation = await InviteAsync(world, "short@example.tw", "Editor");
        using var anonymous = app.CreateClient();

        var response = await anonymous.PostAsJsonAsync($"/api/v1/invitations/{invitation.Token}", new { displayName = " ", password = "eleven-char" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!;
        problem.Errors.Keys.ShouldBe(["displayName", "password"], ignoreOrder: true);
        problem.Errors["password"].ShouldHaveSingleItem().ShouldBe("密碼至少需要 12 個字元。 The password must have at least 12 characters.");
        (await anonymous.GetAsync(new Uri($"/api/v1/invitations/{invitation.Token}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK); // still usable
    }

    [Fact]
    public async Task Add_BadInput_ListsEveryFieldAndSavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var owner = (await world.Client.GetFromJsonAsync<MembersResponse>(Members, AccountsApp.Json))!.Members.Single();

        var response = await world.Client.PostAsJsonAsync(Members, new { email = "not-an-address", inventoryYearId = Guid.NewGuid() }, AccountsApp.Json);
        var duplicate = await world.Client.PostAsJsonAsync(Members, new { email = owner.Email, role = "Viewer" }, AccountsApp.Json);
        var limitedEditor = await world.Client.PostAsJsonAsync(Members, new { email = "x@example.tw", role = "Editor", inventoryYearId = Guid.NewGuid() }, AccountsApp.Json);

        (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys.ShouldBe(["email", "role"], ignoreOrder: true);
        (await duplicate.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys.ShouldBe(["email"]);
        (await limitedEditor.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys.ShouldBe(["inventoryYearId"]);
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Memberships.CountAsync()).ShouldBe(1);
        (await db.Invitations.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(MembershipRole.Editor)]
    [InlineData(MembershipRole.Viewer)]
    [InlineData(MembershipRole.Verifier)]
    public async Task NonOwner_SeesTheListButCannotChangeMembers(MembershipRole role)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        using var member = await world.MemberAsync(role);
        var list = (await member.GetFromJsonAsync<MembersResponse>(Members, AccountsApp.Json))!;
        var owner = list.Members.Single(m => m.Role == MembershipRole.Owner);
        var invitation = await InviteAsync(world, "pending@example.tw", "Viewer");

        var attempts = new[]
        {
            await member.PostAsJsonAsync(Members, new { email = "someone@example.tw", role = "Owner" }, AccountsApp.Json),
            await member.PutAsJsonAsync($"{Members}/{owner.Id}", new { role = "Viewer" }, AccountsApp.Json),
            await member.DeleteAsync(new Uri($"{Members}/{owner.Id}", UriKind.Relative)),
            await member.DeleteAsync(new Uri($"/api/v1/organisation/invitations/{invitation.Id}", UriKind.Relative)),
        };

        attempts.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Forbidden);
        list.Members.Count.ShouldBe(2);
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Memberships.SingleAsync(m => m.Id == owner.Id)).Role.ShouldBe(MembershipRole.Owner);
        (await db.Invitations.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task LastOwner_CannotBeRemovedOrDemoted_ButCanOnceThereIsAnother()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var owner = (await world.Client.GetFromJsonAsync<MembersResponse>(Members, AccountsApp.Json))!.Members.Single();

        var demote = await world.Client.PutAsJsonAsync($"{Members}/{owner.Id}", new { role = "Editor" }, AccountsApp.Json);
        var remove = await world.Client.DeleteAsync(new Uri($"{Members}/{owner.Id}", UriKind.Relative));

        demote.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        remove.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = (await remove.Content.ReadFromJsonAsync<ProblemDetails>())!;
        (problem.Title, problem.Detail).ShouldBe(("組織至少要有一位擁有者：請先指定另一位擁有者。", "An organisation needs at least one owner: make another member an owner first."));

        var other = await app.SeedUserAsync();
        var invitation = await InviteAsync(world, other.Email, "Owner");
        using (var invitee = await app.SignedInClientAsync(other))
        {
            (await invitee.PostAsync(new Uri($"/api/v1/me/invitations/{invitation.Id}/accept", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var added = (await world.Client.GetFromJsonAsync<MembersResponse>(Members, AccountsApp.Json))!.Members.Single(m => m.UserId == other.Id);
        (await world.Client.PutAsJsonAsync($"{Members}/{owner.Id}", new { role = "Editor" }, AccountsApp.Json)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var second = await app.SignedInClientAsync(other);
        (await second.DeleteAsync(new Uri($"{Members}/{added.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Conflict); // now the last owner
        (await second.DeleteAsync(new Uri($"{Members}/{owner.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Memberships.Select(m => m.Role).ToListAsync()).ShouldBe([MembershipRole.Owner]);
        (await db.AuditEntries.CountAsync(a => a.EntityId == owner.Id && a.Action == AuditAction.Delete)).ShouldBe(1);
    }

    [Fact]
    public async Task Verifier_AddedForOneInventory_SeesOnlyIt()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var verified = await world.CreateInventoryAsync(2021);
        var other = await world.CreateInventoryAsync(2022);
        var invitation = await InviteAsync(world, "auditor@example.tw", "Verifier", verified.Id);
        using var anonymous = app.CreateClient();
        (await anonymous.PostAsJsonAsync($"/api/v1/invitations/{invitation.Token}", new { displayName = "查驗員", password = AccountsApp.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        using var client = app.CreateClient();
        await AccountsApp.SignInAsync(client, "auditor@example.tw", AccountsApp.Password);

        (await client.GetFromJsonAsync<List<InventoryResponse>>("/api/v1/inventories", AccountsApp.Json))!.Select(i => i.Id).ShouldBe([verified.Id]);
        (await client.GetAsync(new Uri($"/api/v1/inventories/{other.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var member = (await world.Client.GetFromJsonAsync<MembersResponse>(Members, AccountsApp.Json))!.Members.Single(m => m.Role == MembershipRole.Verifier);
        member.InventoryYearId.ShouldBe(verified.Id);
        (await world.Client.PutAsJsonAsync($"{Members}/{member.Id}", new { role = "Verifier", inventoryYearId = other.Id }, AccountsApp.Json)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetFromJsonAsync<List<InventoryResponse>>("/api/v1/inventories", AccountsApp.Json))!.Select(i => i.Id).ShouldBe([other.Id]);
    }

    [Fact]
    public async Task RevokeInvitation_TheLinkStopsWorking()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var invitation = await InviteAsync(world, "maybe@example.tw", "Editor");
        (await world.Client.GetFromJsonAsync<MembersResponse>(Members, AccountsApp.Json))!.Invitations.ShouldHaveSingleItem().Email.ShouldBe("maybe@example.tw");

        (await world.Client.DeleteAsync(new Uri($"/api/v1/organisation/invitations/{invitation.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var anonymous = app.CreateClient();
        (await anonymous.GetAsync(new Uri($"/api/v1/invitations/{invitation.Token}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    internal static async Task<CreatedInvitation> InviteAsync(InventoryWorld world, string email, string role, Guid? inventoryYearId = null)
    {
        var response = await world.Client.PostAsJsonAsync(Members, new { email, role, inventoryYearId }, AccountsApp.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AddMemberResponse>(AccountsApp.Json))!.Invitation;
    }
}

public sealed class SqliteMembersApiTests(SqliteFixture fixture) : MembersApiTests<SqliteFixture>(fixture);

public sealed class PostgresMembersApiTests(PostgresFixture fixture) : MembersApiTests<PostgresFixture>(fixture);
