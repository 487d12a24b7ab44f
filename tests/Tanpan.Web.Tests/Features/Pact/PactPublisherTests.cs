using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanpan.Documents.Pact;
using Tanpan.Web.Data;
using Tanpan.Web.Features.Pact;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Pact;

public abstract class PactPublisherTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private readonly ManualClock _clock = new(Seed.Time);

    [Fact]
    public async Task Publish_StoresSchemaValidV3AndV2Snapshots_AndTheFilterColumns()
    {
        var a = await Seed.TenantAsync(fixture);
        var footprint = PactFootprints.Coil(a.OrganisationId);

        var id = await PublishAsync(a.OrganisationId, footprint);

        id.ShouldBe(footprint.Id);
        await using var db = fixture.CreateContext(a.OrganisationId);
        var row = await db.PactPublishedFootprints.SingleAsync(f => f.Id == id);
        PactSchemas.Validate(JsonNode.Parse(row.V3Json)!, PactVersion.V3).ShouldBeEmpty();
        PactSchemas.Validate(JsonNode.Parse(row.V2Json!)!, PactVersion.V2).ShouldBeEmpty();
        PactReader.Read(row.V3Json).PcfExcludingBiogenicUptake.ShouldBe(13.12m);
        row.ProductIds.ShouldBe("urn:pact:tanpan:product:AL-COIL");
        row.Classifications.ShouldBe("urn:pact:productclassification:cn:76061299");
        row.Geography.ShouldBe("TW");
        row.Status.ShouldBe("Active");
        row.ValidFrom.ShouldBe(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        row.ValidTo.ShouldBe(new DateTimeOffset(2029, 1, 1, 0, 0, 0, TimeSpan.Zero));   // reference period end + 3 years
        row.PublishedAt.ShouldBe(Seed.Time);
        row.PcfExcludingBiogenicUptake.ShouldBe(13.12m);
    }

    [Fact]
    public async Task Publish_WithoutAnId_GetsANewOne()
    {
        var a = await Seed.TenantAsync(fixture);

        var id = await PublishAsync(a.OrganisationId, PactFootprints.Coil(a.OrganisationId, id: Guid.Empty));

        id.ShouldNotBe(Guid.Empty);
        await using var db = fixture.CreateContext(a.OrganisationId);
        PactReader.Read((await db.PactPublishedFootprints.SingleAsync(f => f.Id == id)).V3Json).Id.ShouldBe(id);
    }

    [Fact]
    public async Task Publish_PieceUnit_IsServedAsV3Only()
    {
        var a = await Seed.TenantAsync(fixture);

        var id = await PublishAsync(a.OrganisationId, PactFootprints.Coil(a.OrganisationId) with { DeclaredUnit = PactDeclaredUnit.Piece });

        await using var db = fixture.CreateContext(a.OrganisationId);
        (await db.PactPublishedFootprints.SingleAsync(f => f.Id == id)).V2Json.ShouldBeNull();
    }

    [Fact]
    public async Task Publish_TheSameIdTwice_OrAnInvalidFootprint_IsRefusedAndSavesNothing()
    {
        var a = await Seed.TenantAsync(fixture);
        var footprint = PactFootprints.Coil(a.OrganisationId);
        await PublishAsync(a.OrganisationId, footprint);

        await Should.ThrowAsync<InvalidOperationException>(() => PublishAsync(a.OrganisationId, footprint with { PcfExcludingBiogenicUptake = 1m }));
        var invalid = await Should.ThrowAsync<PactFormatException>(() => PublishAsync(a.OrganisationId, PactFootprints.Coil(a.OrganisationId) with { CompanyIds = ["no-urn"] }));
        invalid.MessageZh.ShouldContain("URN");

        await using var db = fixture.CreateContext(a.OrganisationId);
        (await db.PactPublishedFootprints.Select(f => f.PcfExcludingBiogenicUptake).ToListAsync()).ShouldBe([13.12m]);
    }

    [Fact]
    public async Task Publish_ForAnotherOrganisation_IsRefused()
    {
        var a = await Seed.TenantAsync(fixture);
        var b = await Seed.TenantAsync(fixture);
        await using var db = fixture.CreateContext(a.OrganisationId, clock: _clock);
        var tenant = new Tanpan.Web.Infrastructure.TenantContext();
        tenant.Set(null, a.OrganisationId, null);

        await Should.ThrowAsync<CrossTenantWriteException>(() => new PactPublisher(db, tenant, _clock).PublishAsync(b.OrganisationId, PactFootprints.Coil(b.OrganisationId)));
    }

    [Fact]
    public async Task Publish_ASuccessor_DeprecatesThePrecedingFootprint_OfTheSameOrganisationOnly()
    {
        var a = await Seed.TenantAsync(fixture);
        var b = await Seed.TenantAsync(fixture);
        var first = await PublishAsync(a.OrganisationId, PactFootprints.Coil(a.OrganisationId));
        var others = await PublishAsync(b.OrganisationId, PactFootprints.Coil(b.OrganisationId));

        var second = await PublishAsync(a.OrganisationId, PactFootprints.Coil(a.OrganisationId) with { PrecedingPfIds = [first, others] });

        await using var db = fixture.CreateContext(a.OrganisationId);
        (await db.PactPublishedFootprints.SingleAsync(f => f.Id == first)).Status.ShouldBe("Deprecated");
        (await db.PactPublishedFootprints.SingleAsync(f => f.Id == second)).Status.ShouldBe("Active");
        (await db.PactPublishedFootprints.IgnoreQueryFilters().SingleAsync(f => f.Id == others)).Status.ShouldBe("Active");
    }

    private async Task<Guid> PublishAsync(Guid organisationId, PactFootprint footprint)
    {
        var tenant = new Tanpan.Web.Infrastructure.TenantContext();
        tenant.Set(null, organisationId, null);
        await using var db = fixture.CreateContext(tenant, _clock);
        return await new PactPublisher(db, tenant, _clock).PublishAsync(organisationId, footprint);
    }
}
