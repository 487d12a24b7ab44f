using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.FollowUps;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.FollowUps;

/// <summary>
/// For isolation probes: another agency's closed case with its three follow-ups scheduled, addressed to a client that is
/// not the prober; nobody else may read or return them.
/// </summary>
public sealed record FollowUpsSeed(Guid Agency, Guid FollowUpId)
{
    public static async Task<FollowUpsSeed> CreateAsync(DatabaseFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var client = Seed.Organisation("乙染整股份有限公司");
        await using (var db = fixture.CreateContext(client.Id))
        {
            db.Organisations.Add(client);
            await db.SaveChangesAsync();
        }

        var world = await FollowUpWorld.CreateAsync(fixture, new DateOnly(2024, 6, 30), client.Id);
        await using var agency = fixture.CreateContext(world.Agency);
        var rows = FollowUpSchedule.For(world.ClosedOn).Select(s => new FollowUp
        {
            Id = Guid.CreateVersion7(), CaseId = world.CaseId, Ordinal = s.Ordinal, DueOn = s.DueOn, ReportingYear = s.ReportingYear, ClientOrganisationId = client.Id,
            Email = "b@example.tw", Culture = "zh-TW", CreatedAt = Seed.Time,
        }).ToList();
        agency.FollowUps.AddRange(rows);
        await agency.SaveChangesAsync();
        return new(world.Agency, rows[0].Id);
    }

    /// <summary>Nothing returned, nothing reminded, no measure added.</summary>
    public async Task ShouldBeUnchangedAsync(DatabaseFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await using var db = fixture.CreateContext(Agency);
        (await db.FollowUps.CountAsync(f => f.ReturnedAt != null || f.RemindedAt != null)).ShouldBe(0);
        (await db.FollowUpMeasures.CountAsync()).ShouldBe(0);
    }
}
