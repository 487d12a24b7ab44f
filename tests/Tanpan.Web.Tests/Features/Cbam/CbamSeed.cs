using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Cbam;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Cbam;

/// <summary>A CBAM installation of a seeded organisation with one good and one precursor (for isolation probes: another organisation reaches none of them).</summary>
public sealed record CbamSeed(Guid InstallationId, Guid GoodId, Guid PrecursorId)
{
    public static async Task<CbamSeed> CreateAsync(DatabaseFixture fixture, SeededTenant tenant)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(tenant);
        await using var db = fixture.CreateContext(tenant.OrganisationId);
        var installation = new CbamInstallation { Id = Guid.CreateVersion7(), FacilityId = tenant.FacilityId, Name = "B Plant", CreatedAt = Seed.Time };
        var good = new CbamGood
        {
            Id = Guid.CreateVersion7(), InstallationId = installation.Id, Year = 2024, CnCode = "73181588", ActivityLevelT = 100m, DirectEmissionsT = 20m,
            ExportedT = 50m, CreatedAt = Seed.Time,
        };
        var precursor = new CbamPrecursor { Id = Guid.CreateVersion7(), GoodId = good.Id, CnCode = "72139110", MassT = 105m, Source = PrecursorSources.Default };
        db.AddRange(installation, good, precursor);
        await db.SaveChangesAsync();
        return new CbamSeed(installation.Id, good.Id, precursor.Id);
    }

    /// <summary>Everything seeded is still there, unchanged, and nothing was added.</summary>
    public async Task ShouldBeUnchangedAsync(DatabaseFixture fixture, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await using var db = fixture.CreateContext(organisationId);
        (await db.CbamInstallations.SingleAsync()).Name.ShouldBe("B Plant");
        var good = await db.CbamGoods.SingleAsync();
        (good.Id, good.ActivityLevelT, good.CnCode).ShouldBe((GoodId, 100m, "73181588"));
        (await db.CbamPrecursors.SingleAsync()).Id.ShouldBe(PrecursorId);
    }
}
