using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Programmes;

namespace Tanpan.Web.Tests.Features.FollowUps;

/// <summary>
/// An agency running seed 004's sample programme with one confirmed 碳盤查輔導 application (contact
/// lin@example.com.tw) that became a case delivered by a consulting team and closed on <see cref="ClosedOn"/>; the client
/// optionally an organisation on Tanpan. The services are the app's own, each call in a scope of its own acting as the agency.
/// </summary>
internal sealed class FollowUpWorld
{
    private FollowUpWorld(Guid agency, Guid caseId, Guid? client, DateOnly closedOn) => (Agency, CaseId, Client, ClosedOn) = (agency, caseId, client, closedOn);

    public Guid Agency { get; }

    public Guid CaseId { get; }

    public Guid? Client { get; }

    public DateOnly ClosedOn { get; }

    public static async Task<FollowUpWorld> CreateAsync(DatabaseFixture fixture, DateOnly closedOn, Guid? client = null, string email = "lin@example.com.tw")
    {
        var programmes = await ProgrammeWorld.CreateAsync(fixture);
        var input = Applicants.Form("inventory");
        input.Email = email;
        var applicationId = await programmes.ApplyAsync(input);
        var request = await programmes.RequestAsync(applicationId);
        var team = Seed.Organisation("綠色低碳顧問股份有限公司");
        await using (var db = fixture.CreateContext(team.Id))
        {
            db.Organisations.Add(team);
            await db.SaveChangesAsync();
        }

        var caseId = Guid.CreateVersion7();
        await using (var db = fixture.CreateContext(programmes.Agency))
        {
            db.ProgrammeTeams.Add(new ProgrammeTeam
            {
                Id = Guid.CreateVersion7(), ProgrammeId = programmes.ProgrammeId, TeamOrganisationId = team.Id, NameZh = "綠色低碳顧問", NameEn = "Green Low-Carbon Consulting",
                CreatedAt = Seed.Time,
            });
            db.ProgrammeCases.Add(new ProgrammeCase
            {
                Id = caseId, ProgrammeId = programmes.ProgrammeId, ApplicationId = applicationId, RequestId = request.Id, ServiceId = request.ServiceId,
                TeamOrganisationId = team.Id, ClientOrganisationId = client, ClientName = input.FactoryName!, ApplicationNumber = 1, StageKey = "closed",
                OpenedOn = closedOn.AddMonths(-6), ClosedOn = closedOn, CreatedAt = Seed.Time,
            });
            await db.SaveChangesAsync();
        }

        return new(programmes.Agency, caseId, client, closedOn);
    }

    /// <summary>Runs <paramref name="work"/> in a scope of the app acting as the agency's member in <paramref name="role"/>.</summary>
    public Task<T> AsAgencyAsync<T>(AccountsApp app, Func<IServiceProvider, Task<T>> work, MembershipRole role = MembershipRole.Editor) =>
        InScopeAsync(app, Agency, role, work);

    public static async Task<T> InScopeAsync<T>(AccountsApp app, Guid organisation, MembershipRole? role, Func<IServiceProvider, Task<T>> work, Guid? user = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(user ?? Guid.CreateVersion7(), organisation, role);
        return await work(scope.ServiceProvider);
    }

    public async Task<List<FollowUp>> FollowUpsAsync(DatabaseFixture fixture)
    {
        await using var db = fixture.CreateContext(Agency);
        return await db.FollowUps.AsNoTracking().Where(f => f.CaseId == CaseId).OrderBy(f => f.Ordinal).ToListAsync();
    }

    /// <summary>The app with mail on, sent to <paramref name="smtp"/>, and the background runner off (the tests run reminders themselves).</summary>
    public static AccountsApp MailingApp(DatabaseFixture fixture, Support.LoopbackSmtpServer smtp)
    {
        ArgumentNullException.ThrowIfNull(smtp);
        var app = new AccountsApp(fixture);
        app.Settings["Mail:Enabled"] = "true";
        app.Settings["Mail:Host"] = "127.0.0.1";
        app.Settings["Mail:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["Mail:From"] = "Tanpan <no-reply@tanpan.test>";
        app.Settings["FollowUps:RunEveryMinutes"] = "0";
        return app;
    }
}
