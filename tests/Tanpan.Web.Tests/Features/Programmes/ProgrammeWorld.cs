using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Programmes;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Programmes;

/// <summary>
/// An agency organisation with seed 004's sample programme loaded and open, on a real database; each call works on a
/// context of its own, as concurrent requests would.
/// </summary>
internal sealed class ProgrammeWorld
{
    private readonly DatabaseFixture _fixture;
    private readonly IServiceProvider _services;

    private ProgrammeWorld(DatabaseFixture fixture, Guid agency, Guid programmeId, IServiceProvider services) =>
        (_fixture, Agency, ProgrammeId, _services) = (fixture, agency, programmeId, services);

    public Guid Agency { get; }

    public Guid ProgrammeId { get; }

    public Guid OfficerId { get; } = Guid.CreateVersion7();

    public ManualClock Clock { get; } = new(Seed.Time);

    /// <summary>A new agency with the sample loaded and opened; <paramref name="training"/> answers the footprint priority (none: not checked).</summary>
    public static async Task<ProgrammeWorld> CreateAsync(DatabaseFixture fixture, ITrainingCertificates? training = null)
    {
        var agency = Seed.Organisation("產業低碳輔導計畫辦公室");
        await using (var db = fixture.CreateContext(agency.Id))
        {
            db.Organisations.Add(agency);
            await db.SaveChangesAsync();
        }

        var services = new ServiceCollection();
        if (training is not null)
        {
            services.AddSingleton(training);
        }

        var world = new ProgrammeWorld(fixture, agency.Id, Guid.Empty, services.BuildServiceProvider());
        await using var admin = world.Admin();
        var created = (await admin.Service.LoadSampleAsync(default)).Result.ShouldBeOfType<Created<Programme>>().Value!;
        (await admin.Service.SetAcceptingAsync(created.Id, true, default)).Result.ShouldBeOfType<Ok<Programme>>();
        return new ProgrammeWorld(fixture, agency.Id, created.Id, world._services);
    }

    public Scoped<ProgrammeAdmin> Admin(MembershipRole role = MembershipRole.Owner)
    {
        var (db, tenant) = Context(role);
        return new(db, new ProgrammeAdmin(db, tenant, Clock));
    }

    public Scoped<ProgrammeDesk> Desk(MembershipRole role = MembershipRole.Editor)
    {
        var (db, tenant) = Context(role);
        return new(db, new ProgrammeDesk(db, tenant, Clock));
    }

    /// <summary>The intake as the public pages run it: acting as the agency with no user.</summary>
    public Scoped<ProgrammeIntake> Intake()
    {
        var tenant = new TenantContext();
        tenant.Set(null, Agency, null);
        var db = _fixture.CreateContext(tenant, Clock);
        return new(db, new ProgrammeIntake(db, Clock, new PriorityRules(_services)));
    }

    public async Task<ProgrammeService> ServiceAsync(string key)
    {
        await using var admin = Admin();
        return (await admin.Service.ServicesAsync(ProgrammeId, default)).Single(s => s.Key == key);
    }

    public async Task SetQuotaAsync(string key, int quota)
    {
        var service = await ServiceAsync(key);
        await using var admin = Admin();
        (await admin.Service.UpdateServiceAsync(service.Id, new ServiceTerms(quota, service.CoPaymentNtd, service.DeliveredBy, service.OpensOn, service.ClosesOn), default))
            .Result.ShouldBeOfType<Ok<ProgrammeService>>();
    }

    /// <summary>Submits (from <paramref name="applicantOrganisationId"/>'s Tanpan organisation, when given) and confirms; the application's id.</summary>
    public async Task<Guid> ApplyAsync(ApplicationInput input, Guid? applicantOrganisationId = null)
    {
        Guid id;
        await using (var intake = Intake())
        {
            var (applicationId, errors) = await intake.Service.SubmitAsync(ProgrammeId, input, applicantOrganisationId, "zh-TW", default);
            errors.Any.ShouldBeFalse();
            id = applicationId!.Value;
        }

        await using (var intake = Intake())
        {
            (await intake.Service.ConfirmAsync(id, default)).ShouldNotBeNull().ConfirmedAt.ShouldNotBeNull();
        }

        return id;
    }

    public async Task<ProgrammeRequest> RequestAsync(Guid applicationId)
    {
        await using var admin = Admin();
        return await admin.Db.ProgrammeRequests.AsNoTracking().SingleAsync(r => r.ApplicationId == applicationId);
    }

    private (AppDbContext Db, TenantContext Tenant) Context(MembershipRole role)
    {
        var tenant = new TenantContext();
        tenant.Set(OfficerId, Agency, role);
        return (_fixture.CreateContext(tenant, Clock), tenant);
    }

    /// <summary>A service with the context it runs on, disposed together.</summary>
    public sealed class Scoped<T>(AppDbContext db, T service) : IAsyncDisposable
    {
        public AppDbContext Db => db;

        public T Service => service;

        public ValueTask DisposeAsync() => db.DisposeAsync();
    }
}
