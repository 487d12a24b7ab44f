using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>Memberships, switching the current organisation and creating organisations.</summary>
public abstract class OrganisationTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Me_Consultant_ListsEveryMembershipAndNoCurrentOrganisationUntilChosen()
    {
        await using var app = AccountsApp.Shared(fixture);
        var a = await app.SeedOrganisationAsync("甲公司");
        var b = await app.SeedOrganisationAsync("乙公司");
        await app.SeedOrganisationAsync("丙公司");
        var consultant = await app.SeedUserAsync(false, (a, MembershipRole.Editor), (b, MembershipRole.Viewer));
        using var client = await app.SignedInClientAsync(consultant);

        var me = await AccountsApp.MeAsync(client);

        me.User.Email.ShouldBe(consultant.Email);
        me.Memberships.Select(m => (m.OrganisationId, m.OrganisationName, m.Role)).OrderBy(m => m.Role)
            .ShouldBe([(a, "甲公司", MembershipRole.Editor), (b, "乙公司", MembershipRole.Viewer)]);
        me.CurrentOrganisationId.ShouldBeNull();
    }

    [Fact]
    public async Task Me_SingleMembership_IsCurrentWithoutSwitching()
    {
        await using var app = AccountsApp.Shared(fixture);
        var a = await app.SeedOrganisationAsync();
        var user = await app.SeedUserAsync(false, (a, MembershipRole.Owner));
        using var client = await app.SignedInClientAsync(user);

        var me = await AccountsApp.MeAsync(client);

        me.CurrentOrganisationId.ShouldBe(a);
        me.CurrentRole.ShouldBe(MembershipRole.Owner);
    }

    [Fact]
    public async Task SwitchOrganisation_OwnThenForeign_SwitchesOnlyToOwn()
    {
        await using var app = AccountsApp.Shared(fixture);
        var a = await app.SeedOrganisationAsync();
        var b = await app.SeedOrganisationAsync();
        var foreign = await app.SeedOrganisationAsync();
        var consultant = await app.SeedUserAsync(false, (a, MembershipRole.Editor), (b, MembershipRole.Viewer));
        using var client = await app.SignedInClientAsync(consultant);

        (await client.PostAsJsonAsync("/api/v1/session/organisation", new { organisationId = b })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var me = await AccountsApp.MeAsync(client);
        me.CurrentOrganisationId.ShouldBe(b);
        me.CurrentRole.ShouldBe(MembershipRole.Viewer);

        (await client.PostAsJsonAsync("/api/v1/session/organisation", new { organisationId = foreign })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostAsJsonAsync("/api/v1/session/organisation", new { organisationId = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await AccountsApp.MeAsync(client)).CurrentOrganisationId.ShouldBe(b);

        (await client.PostAsJsonAsync("/api/v1/session/organisation", new { organisationId = a })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await AccountsApp.MeAsync(client)).CurrentRole.ShouldBe(MembershipRole.Editor);
    }

    [Fact]
    public async Task SwitchOrganisation_MembershipRemovedLater_IsNoLongerCurrent()
    {
        await using var app = AccountsApp.Shared(fixture);
        var a = await app.SeedOrganisationAsync();
        var b = await app.SeedOrganisationAsync();
        var user = await app.SeedUserAsync(false, (a, MembershipRole.Editor), (b, MembershipRole.Editor));
        using var client = await app.SignedInClientAsync(user);
        (await client.PostAsJsonAsync("/api/v1/session/organisation", new { organisationId = b })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await using (var db = fixture.CreateContext(b))
        {
            db.Memberships.Remove(await db.Memberships.SingleAsync(m => m.UserId == user.Id));
            await db.SaveChangesAsync();
        }

        (await AccountsApp.MeAsync(client)).CurrentOrganisationId.ShouldBeNull();
    }

    [Fact]
    public async Task CreateOrganisation_Administrator_BecomesOwner()
    {
        await using var app = AccountsApp.Shared(fixture);
        var admin = await app.SeedUserAsync(administrator: true);
        using var client = await app.SignedInClientAsync(admin);

        var response = await client.PostAsJsonAsync("/api/v1/organisations", new { name = "新竹精密工業", taxId = "12345675" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<OrganisationSummary>(AccountsApp.Json))!;
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/organisations/{created.Id}");
        var me = await AccountsApp.MeAsync(client);
        me.Memberships.ShouldHaveSingleItem().ShouldBe(new MembershipSummary(created.Id, "新竹精密工業", MembershipRole.Owner, null));
        (await client.GetFromJsonAsync<OrganisationSummary>(response.Headers.Location, AccountsApp.Json)).ShouldBe(created);
        await using var db = fixture.CreateContext(created.Id);
        (await db.AuditEntries.CountAsync(e => e.UserId == admin.Id)).ShouldBe(2); // the organisation and the membership
    }

    [Fact]
    public async Task CreateOrganisation_NotAdministratorOrInvalid_IsRefused()
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        var admin = await app.SeedUserAsync(administrator: true);
        using var userClient = await app.SignedInClientAsync(user);
        using var adminClient = await app.SignedInClientAsync(admin);

        (await userClient.PostAsJsonAsync("/api/v1/organisations", new { name = "偷建公司" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await adminClient.PostAsJsonAsync("/api/v1/organisations", new { name = " " })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await adminClient.PostAsJsonAsync("/api/v1/organisations", new { name = "公司", taxId = "1234" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = fixture.CreateContext();
        (await db.Organisations.IgnoreQueryFilters().AnyAsync(o => o.Name == "偷建公司")).ShouldBeFalse();
    }
}
