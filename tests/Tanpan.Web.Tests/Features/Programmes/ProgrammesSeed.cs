using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Programmes;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Programmes;

/// <summary>
/// An agency's programme (closed to applications), one service and one queued application, for isolation probes:
/// another organisation — and the public — must reach none of them.
/// </summary>
public sealed record ProgrammesSeed(Guid ProgrammeId, Guid ServiceId, Guid ApplicationId, Guid RequestId)
{
    public static async Task<ProgrammesSeed> CreateAsync(DatabaseFixture fixture, Guid agency)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await using var db = fixture.CreateContext(agency);
        var (programme, services) = ProgrammeSample.Create(Seed.Time);
        var service = services.Single(s => s.Key == "inventory");
        service.SeatsTaken = 1;
        var application = new ProgrammeApplication
        {
            Id = Guid.CreateVersion7(), ProgrammeId = programme.Id, Number = 1, FactoryName = "乙染整廠", TaxId = "22099131", IndustryCode = "11", Address = "桃園市",
            RepresentativeName = "王", ContactName = "林", Phone = "03-1234567", Email = "b@example.tw", Culture = "zh-TW", CreatedAt = Seed.Time, ConfirmedAt = Seed.Time,
            PersonalDataConsent = true, DomesticPercent = 100m,
        };
        var request = new ProgrammeRequest
        {
            Id = Guid.CreateVersion7(), ApplicationId = application.Id, ServiceId = service.Id, State = RequestStates.Queued, HoldsSeat = true, PriorityLevel = 1,
            Checks = "manufacturer=met", ArrivedAt = Seed.Time,
        };
        db.Programmes.Add(programme);
        db.ProgrammeServices.AddRange(services);
        db.ProgrammeApplications.Add(application);
        db.ProgrammeRequests.Add(request);
        await db.SaveChangesAsync();
        return new(programme.Id, service.Id, application.Id, request.Id);
    }

    /// <summary>The programme is still closed, the quota and the queued request unchanged, and nothing was added.</summary>
    public async Task ShouldBeUnchangedAsync(DatabaseFixture fixture, Guid agency)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await using var db = fixture.CreateContext(agency);
        (await db.Programmes.SingleAsync()).AcceptsApplications.ShouldBeFalse();
        var service = await db.ProgrammeServices.SingleAsync(s => s.Id == ServiceId);
        (service.Quota, service.SeatsTaken).ShouldBe((180, 1));
        (await db.ProgrammeRequests.SingleAsync()).State.ShouldBe(RequestStates.Queued);
        (await db.ProgrammeApplications.CountAsync()).ShouldBe(1);
    }
}
