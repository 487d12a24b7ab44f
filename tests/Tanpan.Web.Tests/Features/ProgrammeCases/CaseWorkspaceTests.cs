using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.ProgrammeCases;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Grants;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.ProgrammeCases;

/// <summary>
/// The case's request for the client's workspace (docs/programme-cases.md, "The client's workspace"; issue 20 items 4
/// and 8): a consultant of the case's team, in the agency through the team's case-delivery grant, asks from the case
/// (<see cref="TeamGrants.AskWorkspaceAsync"/>); the request is a row in the client's tenant; once the client's owner
/// accepts it the team's members enter the client — editors, never more than they are at home — until it is revoked.
/// A consultant of another team neither asks nor enters.
/// </summary>
public abstract class CaseWorkspaceTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task AskWorkspace_AskedAcceptedRevoked_TheTeamWorksInTheClientExactlyWhileInForce()
    {
        var (app, world, client, @case) = await CaseWithClientAsync();
        var owner = await app.SeedUserAsync(false, (client, MembershipRole.Owner));
        var consultant = await app.SeedUserAsync(false, (world.TeamA.Id, MembershipRole.Editor));
        var junior = await app.SeedUserAsync(false, (world.TeamA.Id, MembershipRole.Viewer));
        using var http = await app.SignedInClientAsync(consultant);

        var (found, asked) = await AskAsync(app, world, world.TeamA, consultant.Id, @case.Id);

        found.ShouldBeTrue();
        asked.ShouldNotBeNull();
        await using (var db = fixture.CreateContext(client))
        {
            var row = await db.Grants.AsNoTracking().SingleAsync();   // in the client's tenant, asked, not yet in force
            (row.Id, row.GranteeOrganisationId, row.Purpose, row.Write, row.SubjectKind, row.SubjectId, row.State, row.RequestedByUserId)
                .ShouldBe((asked.Id, world.TeamA.Id, GrantPurposes.Workspace, true, "programme-case", (Guid?)@case.Id, GrantStates.Requested, (Guid?)consultant.Id));
            row.Note.ShouldBe("112 年度中小型製造業低碳輔導計畫：碳盤查輔導");   // what the client's owner reads on its sharing page
        }

        await using (var agency = world.AsAgency())
        {
            (await agency.Db.ProgrammeCases.AsNoTracking().SingleAsync(c => c.Id == @case.Id)).WorkspaceGrantId.ShouldBe(asked.Id);
        }

        (await SwitchAsync(http, client)).ShouldBe(HttpStatusCode.NotFound);   // asked is not consented
        (await InForceAsync(app, world, consultant.Id, @case)).ShouldBeNull();
        (await AskAsync(app, world, world.TeamA, consultant.Id, @case.Id)).Grant!.Id.ShouldBe(asked.Id);   // asking again: the open request

        app.Clock.Now += TimeSpan.FromMinutes(1);
        (await AsOwnerAsync(app, client, owner.Id, g => g.AcceptAsync(asked.Id, default))).ShouldBeTrue();
        (await SwitchAsync(http, client)).ShouldBe(HttpStatusCode.NoContent);
        var me = await AccountsApp.MeAsync(http);
        (me.CurrentOrganisationId, me.CurrentRole).ShouldBe(((Guid?)client, (MembershipRole?)MembershipRole.Editor));
        (await http.GetAsync(new Uri("/api/v1/inventories", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await InForceAsync(app, world, consultant.Id, @case)).ShouldBe(asked.Id);   // the case page: in force

        // A viewer of the team enters as a viewer: the write grant gives no more than the member has at home.
        using (var viewer = await app.SignedInClientAsync(junior))
        {
            (await SwitchAsync(viewer, client)).ShouldBe(HttpStatusCode.NoContent);
            (await AccountsApp.MeAsync(viewer)).CurrentRole.ShouldBe(MembershipRole.Viewer);
        }

        app.Clock.Now += TimeSpan.FromMinutes(1);
        (await AsOwnerAsync(app, client, owner.Id, g => g.RevokeAsync(asked.Id, default))).ShouldBeTrue();
        (await AccountsApp.MeAsync(http)).CurrentOrganisationId.ShouldBeNull();   // out at the next request
        (await http.GetAsync(new Uri("/api/v1/inventories", UriKind.Relative))).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await SwitchAsync(http, client)).ShouldBe(HttpStatusCode.NotFound);
        (await InForceAsync(app, world, consultant.Id, @case)).ShouldBeNull();
        (await RequestStateAsync(app, world, consultant.Id, @case.Id)).ShouldBe(GrantStates.Revoked);   // the case page: ended

        // The team may ask again: a new request, not the revoked grant back.
        var (_, again) = await AskAsync(app, world, world.TeamA, consultant.Id, @case.Id);
        (again!.Id == asked.Id, again.State).ShouldBe((false, GrantStates.Requested));
    }

    [Fact]
    public async Task AskWorkspace_Declined_TheCasePageSaysSo_AndTheTeamMayAskAgain()
    {
        var (app, world, client, @case) = await CaseWithClientAsync();
        var owner = await app.SeedUserAsync(false, (client, MembershipRole.Owner));
        var consultant = await app.SeedUserAsync(false, (world.TeamA.Id, MembershipRole.Editor));
        var (_, asked) = await AskAsync(app, world, world.TeamA, consultant.Id, @case.Id);
        using var http = await app.SignedInClientAsync(consultant);
        (await SwitchAsync(http, world.Agency)).ShouldBe(HttpStatusCode.NoContent);   // in the agency through the case-delivery grant
        var casePage = new Uri($"/cases/{@case.Id}", UriKind.Relative);
        (await PageForm.HtmlAsync(await http.GetAsync(casePage))).ShouldContain("已向廠商申請進入其工作區");

        (await AsOwnerAsync(app, client, owner.Id, g => g.DeclineAsync(asked!.Id, default))).ShouldBeTrue();

        var page = await PageForm.HtmlAsync(await http.GetAsync(casePage));
        page.ShouldContain("廠商已拒絕輔導團隊進入其工作區的申請");
        page.ShouldNotContain("已向廠商申請進入其工作區");
        page.ShouldContain("向廠商申請進入工作區</button>");
        var (_, again) = await AskAsync(app, world, world.TeamA, consultant.Id, @case.Id);
        (again!.Id == asked!.Id, again.State).ShouldBe((false, GrantStates.Requested));
        (await PageForm.HtmlAsync(await http.GetAsync(casePage))).ShouldContain("已向廠商申請進入其工作區");
    }

    [Fact]
    public async Task AskWorkspace_ByAnotherTeamsConsultantOrATeamViewer_AsksNothing_AndTheOtherTeamNeverEnters()
    {
        var (app, world, client, @case) = await CaseWithClientAsync();
        var owner = await app.SeedUserAsync(false, (client, MembershipRole.Owner));
        var other = await app.SeedUserAsync(false, (world.TeamB.Id, MembershipRole.Owner));
        var viewer = await app.SeedUserAsync(false, (world.TeamA.Id, MembershipRole.Viewer));
        var consultant = await app.SeedUserAsync(false, (world.TeamA.Id, MembershipRole.Owner));

        var (otherFound, otherAsked) = await AskAsync(app, world, world.TeamB, other.Id, @case.Id);
        var (viewerFound, viewerAsked) = await AskAsync(app, world, world.TeamA, viewer.Id, @case.Id);

        otherFound.ShouldBeFalse();   // team B's consultant does not even see team A's case
        otherAsked.ShouldBeNull();    // and handed the case anyway, may not ask for team A
        viewerFound.ShouldBeTrue();
        viewerAsked.ShouldBeNull();   // a viewer of the team reads, it does not ask
        await using (var db = fixture.CreateContext(client))
        {
            (await db.Grants.CountAsync()).ShouldBe(0);
        }

        await using (var agency = world.AsAgency())
        {
            (await agency.Db.ProgrammeCases.AsNoTracking().SingleAsync(c => c.Id == @case.Id)).WorkspaceGrantId.ShouldBeNull();
        }

        var (_, asked) = await AskAsync(app, world, world.TeamA, consultant.Id, @case.Id);
        (await AsOwnerAsync(app, client, owner.Id, g => g.AcceptAsync(asked!.Id, default))).ShouldBeTrue();
        using var otherHttp = await app.SignedInClientAsync(other);
        (await SwitchAsync(otherHttp, client)).ShouldBe(HttpStatusCode.NotFound);
        (await AccountsApp.MeAsync(otherHttp)).Memberships.ShouldNotContain(m => m.OrganisationId == client);
    }

    /// <summary>The shared app over the class's database, a case world on it, and team A's case for a client that applied from its own Tanpan organisation.</summary>
    private async Task<(AccountsApp App, CaseWorld World, Guid Client, ProgrammeCase Case)> CaseWithClientAsync()
    {
        var app = AccountsApp.Shared(fixture);
        var world = await CaseWorld.CreateAsync(fixture);
        var client = await app.SeedOrganisationAsync("受輔導染整股份有限公司");
        var @case = await world.OpenAsync("inventory", world.TeamA, client: client);
        @case.ClientOrganisationId.ShouldBe(client);
        return (app, world, client, @case);
    }

    /// <summary>
    /// What the case page does when a consultant of <paramref name="team"/> (in the agency through its case-delivery
    /// grant) presses 「向廠商申請進入工作區」: whether the case is visible to them, and the request
    /// <see cref="TeamGrants.AskWorkspaceAsync"/> returns when handed the case (read directly when not visible).
    /// </summary>
    private static async Task<(bool Found, Grant? Grant)> AskAsync(AccountsApp app, CaseWorld world, Organisation team, Guid userId, Guid caseId)
    {
        var grant = await world.CaseDeliveryGrantAsync(team);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(userId, world.Agency, MembershipRole.Consultant, null, grant);
        var cases = scope.ServiceProvider.GetRequiredService<CaseScope>();
        var found = await cases.FindAsync(caseId, default);
        var @case = found ?? await cases.Db.ProgrammeCases.SingleAsync(c => c.Id == caseId);
        return (found is not null, await scope.ServiceProvider.GetRequiredService<TeamGrants>().AskWorkspaceAsync(@case, default));
    }

    /// <summary>The workspace grant in force for the case as its page reads it for a consultant of team A, or null.</summary>
    private static async Task<Guid?> InForceAsync(AccountsApp app, CaseWorld world, Guid userId, ProgrammeCase @case)
    {
        var grant = await world.CaseDeliveryGrantAsync(world.TeamA);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(userId, world.Agency, MembershipRole.Consultant, null, grant);
        return (await scope.ServiceProvider.GetRequiredService<TeamGrants>().WorkspaceAsync(@case, default))?.Id;
    }

    /// <summary>What became of the case's last workspace request, as its page reads it for a consultant of team A.</summary>
    private static async Task<string?> RequestStateAsync(AccountsApp app, CaseWorld world, Guid userId, Guid caseId)
    {
        var grant = await world.CaseDeliveryGrantAsync(world.TeamA);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(userId, world.Agency, MembershipRole.Consultant, null, grant);
        var @case = await scope.ServiceProvider.GetRequiredService<CaseScope>().FindAsync(caseId, default);
        return await scope.ServiceProvider.GetRequiredService<TeamGrants>().WorkspaceRequestStateAsync(@case!, default);
    }

    private static async Task<T> AsOwnerAsync<T>(AccountsApp app, Guid organisationId, Guid userId, Func<GrantService, Task<T>> act)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(userId, organisationId, MembershipRole.Owner);
        return await act(scope.ServiceProvider.GetRequiredService<GrantService>());
    }

    private static async Task<HttpStatusCode> SwitchAsync(HttpClient http, Guid organisationId) =>
        (await http.PostAsJsonAsync("/api/v1/session/organisation", new { organisationId })).StatusCode;
}

public sealed class SqliteCaseWorkspaceTests(SqliteFixture fixture) : CaseWorkspaceTests<SqliteFixture>(fixture);

public sealed class PostgresCaseWorkspaceTests(PostgresFixture fixture) : CaseWorkspaceTests<PostgresFixture>(fixture);
