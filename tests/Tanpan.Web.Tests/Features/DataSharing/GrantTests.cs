using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Grants;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.DataSharing;

/// <summary>
/// The one grant model (docs/grants.md, decision 0022; issue 20 item 8): a client's consent lets a consulting team's
/// members into its organisation with the rights the grant names, until it is revoked or expires; nothing else reaches
/// across organisations; every step is in the grantor's audit trail.
/// </summary>
public abstract class GrantTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Workspace_AskedAcceptedRevoked_LetsTheTeamInExactlyWhileInForce()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (client, team) = (await app.SeedOrganisationAsync("客戶精密機械股份有限公司"), await app.SeedOrganisationAsync("綠能顧問有限公司"));
        var owner = await app.SeedUserAsync(false, (client, MembershipRole.Owner));
        var consultant = await app.SeedUserAsync(false, (team, MembershipRole.Editor));
        var juniorConsultant = await app.SeedUserAsync(false, (team, MembershipRole.Viewer));
        using var http = await app.SignedInClientAsync(consultant);

        var asked = await InAsync(app, team, consultant.Id, g => g.RequestAsync(client, GrantPurposes.Workspace, true, null, null, null, "113 年盤查輔導", default));
        asked.State.ShouldBe(GrantStates.Requested);
        (await SwitchAsync(http, client)).ShouldBe(HttpStatusCode.NotFound);   // asked is not consented

        app.Clock.Now += TimeSpan.FromMinutes(1);
        (await InAsync(app, client, owner.Id, g => g.AcceptAsync(asked.Id, default))).ShouldBeTrue();
        (await SwitchAsync(http, client)).ShouldBe(HttpStatusCode.NoContent);
        var me = await AccountsApp.MeAsync(http);
        me.CurrentOrganisationId.ShouldBe(client);
        me.CurrentRole.ShouldBe(MembershipRole.Editor);
        (await http.GetAsync(new Uri("/api/v1/inventories", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A viewer of the team gets viewer rights: a write grant never gives more than the member has at home.
        using var junior = await app.SignedInClientAsync(juniorConsultant);
        (await SwitchAsync(junior, client)).ShouldBe(HttpStatusCode.NoContent);
        (await AccountsApp.MeAsync(junior)).CurrentRole.ShouldBe(MembershipRole.Viewer);

        app.Clock.Now += TimeSpan.FromMinutes(1);
        (await InAsync(app, client, owner.Id, g => g.RevokeAsync(asked.Id, default))).ShouldBeTrue();
        (await AccountsApp.MeAsync(http)).CurrentOrganisationId.ShouldBeNull();   // the next request no longer enters
        (await http.GetAsync(new Uri("/api/v1/inventories", UriKind.Relative))).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await SwitchAsync(http, client)).ShouldBe(HttpStatusCode.NotFound);

        await using var db = fixture.CreateContext(client);
        var trail = (await db.AuditEntries.Where(a => a.EntityType == nameof(Grant) && a.EntityId == asked.Id).ToListAsync()).OrderBy(a => a.At).ThenBy(a => a.Id).ToList();
        trail.Select(a => a.Action).ShouldBe([AuditAction.Create, AuditAction.Update, AuditAction.Update]);
        trail[0].UserId.ShouldBe(consultant.Id);   // asked by the consultant, in the client's trail
        trail[1].UserId.ShouldBe(owner.Id);
        trail[2].UserId.ShouldBe(owner.Id);
    }

    [Fact]
    public async Task Workspace_PastItsLastDay_NoLongerLetsIn()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (client, team) = (await app.SeedOrganisationAsync(), await app.SeedOrganisationAsync());
        var owner = await app.SeedUserAsync(false, (client, MembershipRole.Owner));
        var consultant = await app.SeedUserAsync(false, (team, MembershipRole.Editor));
        var today = Tanpan.Core.Time.TaipeiTime.Of(app.Clock.Now);
        var lastDay = DateOnly.FromDateTime(today.DateTime);
        await InAsync(app, client, owner.Id, g => g.GiveAsync(team, GrantPurposes.Workspace, false, null, null, lastDay, null, default));
        using var http = await app.SignedInClientAsync(consultant);

        (await SwitchAsync(http, client)).ShouldBe(HttpStatusCode.NoContent);
        (await AccountsApp.MeAsync(http)).CurrentRole.ShouldBe(MembershipRole.Viewer);   // a read grant

        // One minute into the next Taipei day (well within the 8-hour session, so only the grant has ended).
        app.Clock.Now += today.Date.AddDays(1).AddMinutes(1) - today.DateTime;
        (await AccountsApp.MeAsync(http)).CurrentOrganisationId.ShouldBeNull();
    }

    [Fact]
    public async Task ReadPurposes_AndOtherOrganisations_LetNobodyIn()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (client, agency, stranger) = (await app.SeedOrganisationAsync(), await app.SeedOrganisationAsync(), await app.SeedOrganisationAsync());
        var owner = await app.SeedUserAsync(false, (client, MembershipRole.Owner));
        var officer = await app.SeedUserAsync(false, (agency, MembershipRole.Owner));
        var outsider = await app.SeedUserAsync(false, (stranger, MembershipRole.Owner));
        await InAsync(app, client, owner.Id, g => g.GiveAsync(agency, GrantPurposes.FollowUp, false, null, null, null, null, default));
        await InAsync(app, client, owner.Id, g => g.GiveAsync(agency, GrantPurposes.Sector, false, null, null, null, null, default));

        using var officerHttp = await app.SignedInClientAsync(officer);
        (await SwitchAsync(officerHttp, client)).ShouldBe(HttpStatusCode.NotFound);   // read purposes are read by code, never entered
        using var outsiderHttp = await app.SignedInClientAsync(outsider);
        (await SwitchAsync(outsiderHttp, client)).ShouldBe(HttpStatusCode.NotFound);

        (await InAsync(app, agency, officer.Id, g => g.GivenToAsync(agency, GrantPurposes.Sector, default))).Select(g => g.OrganisationId).ShouldBe([client]);
        (await InAsync(app, stranger, outsider.Id, g => g.GivenToAsync(stranger, GrantPurposes.Sector, default))).ShouldBeEmpty();
    }

    [Fact]
    public async Task AsGrantor_ReadsTheClientReadOnly_OnlyWhileInForce()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (client, agency) = (await app.SeedOrganisationAsync("受輔導工廠"), await app.SeedOrganisationAsync());
        var owner = await app.SeedUserAsync(false, (client, MembershipRole.Owner));
        var officer = await app.SeedUserAsync(false, (agency, MembershipRole.Editor));
        var grant = await InAsync(app, client, owner.Id, g => g.GiveAsync(agency, GrantPurposes.FollowUp, false, null, null, null, null, default));

        var name = await InAsync(app, agency, officer.Id, g => g.AsGrantorAsync(grant, db => db.Organisations.Select(o => o.Name).SingleAsync(), default));
        name.ShouldBe("受輔導工廠");

        // Saving anything in the grantor's scope throws: a read grant is read only.
        await Should.ThrowAsync<CrossTenantWriteException>(() => InAsync(app, agency, officer.Id, g => g.AsGrantorAsync(grant, async db =>
        {
            (await db.Organisations.SingleAsync()).Name = "改名";
            await db.SaveChangesAsync();
            return "saved";
        }, default)));

        // Only the grantee may use it, and only while in force.
        (await InAsync(app, client, owner.Id, g => g.AsGrantorAsync(grant, db => db.Organisations.Select(o => o.Name).SingleAsync(), default))).ShouldBeNull();
        await InAsync(app, client, owner.Id, g => g.RevokeAsync(grant.Id, default));
        (await InAsync(app, agency, officer.Id, g => g.AsGrantorAsync(grant, db => db.Organisations.Select(o => o.Name).SingleAsync(), default))).ShouldBeNull();
    }

    [Fact]
    public async Task CaseDelivery_EntersAsConsultant_WhoReachesNoMemberRoute()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (agency, team) = (await app.SeedOrganisationAsync("輔導計畫辦公室"), await app.SeedOrganisationAsync());
        var admin = await app.SeedUserAsync(false, (agency, MembershipRole.Owner));
        var consultant = await app.SeedUserAsync(false, (team, MembershipRole.Owner));
        await InAsync(app, agency, admin.Id, g => g.GiveAsync(team, GrantPurposes.CaseDelivery, true, "programme", Guid.CreateVersion7(), null, null, default));
        using var http = await app.SignedInClientAsync(consultant);

        (await SwitchAsync(http, agency)).ShouldBe(HttpStatusCode.NoContent);
        (await AccountsApp.MeAsync(http)).CurrentRole.ShouldBe(MembershipRole.Consultant);
        (await http.GetAsync(new Uri("/api/v1/inventories", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await http.GetAsync(new Uri("/programmes", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await http.GetAsync(new Uri("/sharing", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task OnlyTheGrantorsOwner_DecidesOrRevokes()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (client, team) = (await app.SeedOrganisationAsync(), await app.SeedOrganisationAsync());
        var editor = await app.SeedUserAsync(false, (client, MembershipRole.Editor));
        var owner = await app.SeedUserAsync(false, (client, MembershipRole.Owner));
        var consultant = await app.SeedUserAsync(false, (team, MembershipRole.Owner));
        var asked = await InAsync(app, team, consultant.Id, g => g.RequestAsync(client, GrantPurposes.Workspace, true, null, null, null, null, default));

        (await InAsync(app, client, editor.Id, g => g.AcceptAsync(asked.Id, default), MembershipRole.Editor)).ShouldBeFalse();
        (await InAsync(app, team, consultant.Id, g => g.AcceptAsync(asked.Id, default))).ShouldBeFalse();   // not the grantee's to accept
        (await InAsync(app, team, consultant.Id, g => g.RequestAsync(client, GrantPurposes.Workspace, true, null, null, null, null, default))).Id.ShouldBe(asked.Id);
        (await InAsync(app, client, owner.Id, g => g.AcceptAsync(asked.Id, default))).ShouldBeTrue();
        (await InAsync(app, client, owner.Id, g => g.AcceptAsync(asked.Id, default))).ShouldBeFalse();   // no longer asked
    }

    [Fact]
    public async Task SharingPage_ListsBothSidesInWords_AndTheOwnerRevokes()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (client, team) = (await app.SeedOrganisationAsync("客戶紡織股份有限公司"), await app.SeedOrganisationAsync("低碳顧問有限公司"));
        var owner = await app.SeedUserAsync(false, (client, MembershipRole.Owner));
        var consultant = await app.SeedUserAsync(false, (team, MembershipRole.Owner));
        var grant = await InAsync(app, client, owner.Id, g => g.GiveAsync(team, GrantPurposes.Workspace, true, null, null, null, "盤查輔導", default));
        using var http = await app.SignedInClientAsync(owner);

        var page = await PageForm.HtmlAsync(await http.GetAsync(new Uri("/sharing", UriKind.Relative)));
        page.ShouldContain("低碳顧問有限公司");
        page.ShouldContain("顧問進駐本組織工作區");
        page.ShouldContain("讀取及修改");
        var text = System.Text.RegularExpressions.Regex.Replace(page, "<[^>]*>", " ");   // what a reader sees (form names carry ids)
        text.ShouldNotContain(grant.Id.ToString());
        text.ShouldNotContain("workspace");

        var asked = await PageForm.HtmlAsync(await PageForm.PostAsync(http, "/sharing", $"revoke-{grant.Id}", []));
        asked.ShouldContain("確定要撤銷給「低碳顧問有限公司」的授權嗎？");   // confirmation first, nothing changed yet
        asked.ShouldContain("<button type=\"submit\" class=\"danger\">撤銷</button>");
        asked.ShouldNotContain("確定要刪除");   // a revoked grant stays listed: nothing is deleted
        var revoke = await PageForm.HtmlAsync(await PageForm.PostAsync(http, "/sharing", $"revoke-{grant.Id}", new() { ["__confirmed"] = "yes" }));
        revoke.ShouldContain("已撤銷授權");
        await using var db = fixture.CreateContext(client);
        (await db.Grants.SingleAsync(g => g.Id == grant.Id)).State.ShouldBe(GrantStates.Revoked);

        using var teamHttp = await app.SignedInClientAsync(consultant);
        var held = await PageForm.HtmlAsync(await teamHttp.GetAsync(new Uri("/sharing", UriKind.Relative)));
        held.ShouldContain("客戶紡織股份有限公司");
        held.ShouldContain("已撤銷");
        held.ShouldNotContain("class=\"danger\"");   // the grantee cannot revoke the grantor's grant
    }

    private static async Task<HttpStatusCode> SwitchAsync(HttpClient http, Guid organisationId) =>
        (await http.PostAsJsonAsync("/api/v1/session/organisation", new { organisationId })).StatusCode;

    /// <summary>Runs <paramref name="act"/> with a <see cref="GrantService"/> of a fresh request scope acting as a member of <paramref name="organisationId"/>.</summary>
    private static async Task<T> InAsync<T>(AccountsApp app, Guid organisationId, Guid userId, Func<GrantService, Task<T>> act, MembershipRole role = MembershipRole.Owner)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(userId, organisationId, role);
        return await act(scope.ServiceProvider.GetRequiredService<GrantService>());
    }
}

public sealed class SqliteGrantTests(SqliteFixture fixture) : GrantTests<SqliteFixture>(fixture);

public sealed class PostgresGrantTests(PostgresFixture fixture) : GrantTests<PostgresFixture>(fixture);
