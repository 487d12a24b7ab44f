using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Tanpan.Core.Organisations;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Evidence;
using Tanpan.Web.Features.ProgrammeCases;
using Tanpan.Web.Features.Programmes;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Grants;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Programmes;

namespace Tanpan.Web.Tests.Features.ProgrammeCases;

/// <summary>
/// An agency with seed 004's programme (<see cref="ProgrammeWorld"/>), two consulting-team organisations linked to it
/// (team A delivers 碳盤查輔導 and 碳盤查查證輔導, team B only 碳盤查輔導), an officer with an account, and a visit
/// file folder of its own; each call works on a context of its own, as concurrent requests would.
/// </summary>
internal sealed class CaseWorld
{
    private readonly DatabaseFixture _fixture;

    private CaseWorld(DatabaseFixture fixture, ProgrammeWorld programme) => (_fixture, Programme) = (fixture, programme);

    public ProgrammeWorld Programme { get; }

    public Guid Agency => Programme.Agency;

    public ManualClock Clock => Programme.Clock;

    public Guid Officer { get; private set; }

    public Organisation TeamA { get; private set; } = default!;

    public Organisation TeamB { get; private set; } = default!;

    /// <summary>The visit files' folder (the evidence folder's <c>case-visits</c>).</summary>
    public string FilesFolder => Path.Combine(EvidencePath, "case-visits");

    private string EvidencePath { get; } = Path.Combine(Path.GetTempPath(), "tanpan-cases-" + Guid.NewGuid().ToString("N"));

    public static async Task<CaseWorld> CreateAsync(DatabaseFixture fixture)
    {
        var world = new CaseWorld(fixture, await ProgrammeWorld.CreateAsync(fixture));
        fixture.OnDispose(() =>
        {
            if (Directory.Exists(world.EvidencePath))
            {
                Directory.Delete(world.EvidencePath, recursive: true);
            }

            return ValueTask.CompletedTask;
        });
        var officer = Seed.User($"officer-{Guid.NewGuid():N}@example.tw");
        await using (var db = fixture.CreateContext(world.Agency))
        {
            db.Users.Add(officer);
            db.Memberships.Add(new Membership { Id = Guid.CreateVersion7(), UserId = officer.Id, Role = MembershipRole.Editor, CreatedAt = Seed.Time });
            await db.SaveChangesAsync();
        }

        world.Officer = officer.Id;
        world.TeamA = await world.TeamOrganisationAsync("甲顧問股份有限公司");
        world.TeamB = await world.TeamOrganisationAsync("乙顧問股份有限公司");
        var services = await world.ServicesAsync();
        await world.LinkAsync(world.TeamA, "甲輔導團隊", "Team A", [services["inventory"], services["verification"]]);
        await world.LinkAsync(world.TeamB, "乙輔導團隊", "Team B", [services["inventory"]]);
        return world;
    }

    public async Task<Dictionary<string, Guid>> ServicesAsync()
    {
        await using var admin = Programme.Admin();
        return (await admin.Service.ServicesAsync(Programme.ProgrammeId, default)).ToDictionary(s => s.Key, s => s.Id);
    }

    /// <summary>A consulting team's own organisation, with a 統一編號 no other organisation of the database holds.</summary>
    public async Task<Organisation> TeamOrganisationAsync(string name)
    {
        var team = Seed.Organisation(name);
        team.TaxId = await FreeTaxIdAsync();
        await using var db = _fixture.CreateContext(team.Id);
        db.Organisations.Add(team);
        await db.SaveChangesAsync();
        return team;
    }

    public async Task<Results<Created<ProgrammeTeam>, ValidationProblem, ProblemHttpResult>> LinkResultAsync(Organisation team, string nameZh, string nameEn, IReadOnlyList<Guid> services, MembershipRole role = MembershipRole.Owner)
    {
        var (db, tenant) = AgencyContext(role);
        await using (db)
        {
            return await new TeamLinks(db, tenant, Grants(db, tenant), Clock).LinkAsync(Programme.ProgrammeId, new TeamInput(team.TaxId, nameZh, nameEn, services), default);
        }
    }

    /// <summary>
    /// An application for <paramref name="service"/> (from the client's Tanpan organisation, when given) confirmed, approved
    /// and (unless told not to) bureau-approved; its request's id.
    /// </summary>
    public async Task<Guid> RequestAsync(string service, int n = 1, bool bureauApproved = true, Guid? client = null)
    {
        var request = await Programme.RequestAsync(await Programme.ApplyAsync(Applicants.Form(service, n), client));
        await using (var desk = Programme.Desk())
        {
            (await desk.Service.ApproveAsync(request.Id, default)).Result.ShouldBeOfType<Ok<ProgrammeRequest>>();
        }

        if (bureauApproved)
        {
            await using var desk = Programme.Desk();
            (await desk.Service.RecordBureauApprovalAsync(request.Id, new DateOnly(2026, 11, 20), "工中字第 11500012340 號", default)).Result.ShouldBeOfType<Ok<ProgrammeRequest>>();
        }

        return request.Id;
    }

    public async Task<Results<Created<ProgrammeCase>, ValidationProblem, ProblemHttpResult>> OpenResultAsync(Guid requestId, Guid? team, Guid? officer = null, MembershipRole role = MembershipRole.Editor)
    {
        var (db, tenant) = AgencyContext(role);
        await using (db)
        {
            return await new CaseOpening(db, tenant, Clock).OpenAsync(requestId, team, officer, default);
        }
    }

    public async Task<ProgrammeCase> OpenAsync(string service, Organisation team, int n = 1, Guid? client = null)
    {
        var result = await OpenResultAsync(await RequestAsync(service, n, client: client), team.Id);
        return result.Result.ShouldBeOfType<Created<ProgrammeCase>>().Value!;
    }

    /// <summary>An agency member's context (the officer's account) and its case services.</summary>
    public (AppDbContext Db, TenantContext Tenant) AgencyContext(MembershipRole role = MembershipRole.Editor)
    {
        var tenant = new TenantContext();
        tenant.Set(Officer, Agency, role);
        return (_fixture.CreateContext(tenant, Clock), tenant);
    }

    public CaseServices Services(AppDbContext db, TenantContext tenant)
    {
        var scope = new CaseScope(db, tenant, Grants(db, tenant));
        var store = new CaseVisitStore(Options.Create(new EvidenceOptions { Path = EvidencePath }), new HostingEnvironment { ContentRootPath = EvidencePath });
        return new CaseServices(db, scope, new CaseWork(scope, Clock), new VisitRecords(scope, store, Clock), new CaseBoard(scope, Clock));
    }

    public CaseServices AsAgency(MembershipRole role = MembershipRole.Editor)
    {
        var (db, tenant) = AgencyContext(role);
        return Services(db, tenant);
    }

    /// <summary>A consultant of <paramref name="team"/> (an editor there, with an account) in the agency through the team's case-delivery grant.</summary>
    public async Task<CaseServices> AsConsultantAsync(Organisation team)
    {
        var user = Seed.User($"consultant-{Guid.NewGuid():N}@example.tw");
        await using (var db = _fixture.CreateContext(team.Id))
        {
            db.Users.Add(user);
            db.Memberships.Add(new Membership { Id = Guid.CreateVersion7(), UserId = user.Id, Role = MembershipRole.Editor, CreatedAt = Seed.Time });
            await db.SaveChangesAsync();
        }

        var grant = await CaseDeliveryGrantAsync(team);
        var tenant = new TenantContext();
        tenant.Set(user.Id, Agency, MembershipRole.Consultant, null, grant);
        return Services(_fixture.CreateContext(tenant, Clock), tenant);
    }

    public async Task<Guid> CaseDeliveryGrantAsync(Organisation team)
    {
        await using var db = _fixture.CreateContext(Agency);
        return await db.Grants.Where(g => g.GranteeOrganisationId == team.Id && g.Purpose == GrantPurposes.CaseDelivery).Select(g => g.Id).SingleAsync();
    }

    /// <summary>The agency's owner revokes a grant it gave.</summary>
    public async Task RevokeAsync(Guid grantId)
    {
        var (db, tenant) = AgencyContext(MembershipRole.Owner);
        await using (db)
        {
            (await new GrantService(db, tenant, Scopes, Clock).RevokeAsync(grantId, default)).ShouldBeTrue();
        }
    }

    private static IServiceScopeFactory Scopes { get; } = new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();

    private TeamGrants Grants(AppDbContext db, TenantContext tenant) => new(db, tenant, new GrantService(db, tenant, Scopes, Clock), Scopes, Clock);

    public string[] StoredFiles() => Directory.Exists(FilesFolder) ? Directory.GetFiles(FilesFolder) : [];

    private async Task LinkAsync(Organisation team, string nameZh, string nameEn, IReadOnlyList<Guid> services) =>
        (await LinkResultAsync(team, nameZh, nameEn, services)).Result.ShouldBeOfType<Created<ProgrammeTeam>>();

    private async Task<string> FreeTaxIdAsync()
    {
        await using var db = _fixture.CreateContext(Agency);
        for (var n = Random.Shared.Next(10_000_000, 99_999_999); ; n++)
        {
            var text = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (TaxId.IsValid(text) && !await db.Organisations.IgnoreQueryFilters([AppDbContext.TenantFilter]).AnyAsync(o => o.TaxId == text))
            {
                return text;
            }
        }
    }

    /// <summary>The case services on one context, disposed together.</summary>
    public sealed record CaseServices(AppDbContext Db, CaseScope Scope, CaseWork Work, VisitRecords Visits, CaseBoard Board) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }
}
