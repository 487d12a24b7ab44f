using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Products;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Products;

/// <summary>
/// A product of a seeded organisation with a BOM line, an output, a process assignment and a locked footprint version
/// (for isolation probes: another organisation must reach none of them).
/// </summary>
public sealed record ProductsSeed(Guid ProductId, Guid LineId, Guid OutputId, Guid AssignmentId, Guid VersionId)
{
    public static async Task<ProductsSeed> CreateAsync(DatabaseFixture fixture, SeededTenant tenant)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(tenant);
        await using var db = fixture.CreateContext(tenant.OrganisationId);
        var product = new Product { Id = Guid.CreateVersion7(), Code = "B-COIL", Name = "乙鋁捲", DeclaredUnit = "t", MassKgPerDeclaredUnit = 1000m, CreatedAt = Seed.Time };
        var line = new ProductBomLine
        {
            Id = Guid.CreateVersion7(), ProductId = product.Id, Material = "鋁錠", QuantityPerUnit = 1.02m, Unit = "t", SourceKind = BomSourceKinds.Secondary,
            KgCo2ePerUnit = 12000m, FactorSource = "ecoinvent", FactorVersion = "3.10",
        };
        var output = new ProductOutput { Id = Guid.CreateVersion7(), ProductId = product.Id, InventoryYearId = tenant.InventoryYearId, FacilityId = tenant.FacilityId, Quantity = 100m };
        var assignment = new ProductProcessAssignment
        {
            Id = Guid.CreateVersion7(), ProductId = product.Id, InventoryYearId = tenant.InventoryYearId, FacilityId = tenant.FacilityId, Process = "公用",
        };
        var version = new ProductFootprintVersion
        {
            Id = Guid.CreateVersion7(), ProductId = product.Id, InventoryYearId = tenant.InventoryYearId, Version = 1, Status = FootprintStatuses.Locked,
            ComputedAt = Seed.Time, LockedAt = Seed.Time, FactorSetId = "moenv-6.0.4", FactorSetVersion = "6.0.4", GwpSetId = "AR5", KgCo2ePerUnit = 12345m,
            ResultJson = "{}",
        };
        db.AddRange(product, line, output, assignment, version);
        await db.SaveChangesAsync();
        return new ProductsSeed(product.Id, line.Id, output.Id, assignment.Id, version.Id);
    }

    /// <summary>Everything seeded is still there, unchanged, and nothing was added.</summary>
    public async Task ShouldBeUnchangedAsync(DatabaseFixture fixture, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await using var db = fixture.CreateContext(organisationId);
        var product = await db.Products.SingleAsync();
        (product.Id, product.Name, product.Code).ShouldBe((ProductId, "乙鋁捲", "B-COIL"));
        (await db.ProductBomLines.SingleAsync()).Id.ShouldBe(LineId);
        var output = await db.ProductOutputs.SingleAsync();
        (output.Id, output.Quantity).ShouldBe((OutputId, 100m));
        var assignment = await db.ProductProcessAssignments.SingleAsync();
        (assignment.Id, assignment.ProductId).ShouldBe((AssignmentId, ProductId));
        var version = await db.ProductFootprintVersions.SingleAsync();
        (version.Id, version.Status, version.PublishedPactId, version.KgCo2ePerUnit).ShouldBe((VersionId, FootprintStatuses.Locked, null, 12345m));
    }
}
