using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Products;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Products;

/// <summary>
/// Products and their BOM on a real database (issue 18 items 1 and 8): bad input is refused with the field's message and
/// nothing saved (negative quantity, unknown unit, a unit that does not convert to the component's, a cycle at any depth),
/// and another organisation's products can be neither seen nor used.
/// </summary>
public abstract class ProductServiceTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task CreateAsync_ValidProduct_IsSavedWithTheUnitKeyAndMassOfATonne()
    {
        var tenant = await Seed.TenantAsync(fixture);
        await using var w = ProductWorld.For(fixture, tenant);

        var created = (await w.Products.CreateAsync(new ProductRequest("AL-COIL", "鋁捲", "公噸", null, "7606 12 99", null), default)).Result;

        var product = created.ShouldBeOfType<Created<Product>>().Value!;
        (product.DeclaredUnit, product.MassKgPerDeclaredUnit, product.CnCode).ShouldBe(("t", 1000m, "76061299"));
    }

    [Theory]
    [InlineData("AL-COIL", "piece", "-1", null, "massKgPerDeclaredUnit")]
    [InlineData("AL-COIL", "t", "900", null, "massKgPerDeclaredUnit")] // a tonne weighs 1000 kg
    [InlineData("AL-COIL", "crate", null, null, "declaredUnit")]
    [InlineData("AL-COIL", "kg", null, "7606", "cnCode")]
    [InlineData("al-coil", "kg", null, null, "code")] // the code of an existing product (compared ignoring case)
    public async Task CreateAsync_BadInput_IsRefusedOnTheFieldAndNothingSaved(string code, string unit, string? mass, string? cn, string field)
    {
        var tenant = await Seed.TenantAsync(fixture);
        await using var w = ProductWorld.For(fixture, tenant);
        await ProductAsync(w, "AL-COIL", "t");

        var result = (await w.Products.CreateAsync(new ProductRequest(code, "鋁捲", unit, mass is null ? null : decimal.Parse(mass, System.Globalization.CultureInfo.InvariantCulture), cn, null), default)).Result;

        FieldErrors.Of(result.ShouldBeOfType<ValidationProblem>()).Select(e => e.Field).ShouldContain(field);
        (await w.Db.Products.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task AddBomLineAsync_NegativeQuantity_IsRefusedAndNothingSaved()
    {
        var tenant = await Seed.TenantAsync(fixture);
        await using var w = ProductWorld.For(fixture, tenant);
        var coil = await ProductAsync(w, "COIL", "t");

        var result = (await w.Products.AddBomLineAsync(coil, Secondary("鋁錠", -1.02m, "t"), default)).Result;

        var error = FieldErrors.Of(result.ShouldBeOfType<ValidationProblem>()).ShouldHaveSingleItem();
        (error.Field, error.Chinese).ShouldBe(("quantityPerUnit", "用量不可為負數。"));
        (await w.Db.ProductBomLines.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AddBomLineAsync_UnknownUnit_IsRefused()
    {
        var tenant = await Seed.TenantAsync(fixture);
        await using var w = ProductWorld.For(fixture, tenant);
        var coil = await ProductAsync(w, "COIL", "t");

        var result = (await w.Products.AddBomLineAsync(coil, Secondary("鋁錠", 1m, "bushel"), default)).Result;

        FieldErrors.Of(result.ShouldBeOfType<ValidationProblem>()).Single().Field.ShouldBe("unit");
        (await w.Db.ProductBomLines.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AddBomLineAsync_OwnProductInAUnitThatDoesNotConvert_IsRefused()
    {
        var tenant = await Seed.TenantAsync(fixture);
        await using var w = ProductWorld.For(fixture, tenant);
        var coil = await ProductAsync(w, "COIL", "t");
        var bolt = await ProductAsync(w, "BOLT", "piece");

        // The bolt is declared per piece; 0.5 kg of it cannot be priced with its footprint per piece.
        var result = (await w.Products.AddBomLineAsync(coil, Own(bolt, 0.5m, "kg"), default)).Result;

        FieldErrors.Of(result.ShouldBeOfType<ValidationProblem>()).Single().Field.ShouldBe("unit");
        (await w.Products.AddBomLineAsync(coil, Own(bolt, 4m, "piece"), default)).Result.ShouldBeOfType<Created<ProductBomLine>>();
    }

    [Fact]
    public async Task AddBomLineAsync_ComponentThatWouldCloseACycleTwoLevelsDown_IsRefused()
    {
        var tenant = await Seed.TenantAsync(fixture);
        await using var w = ProductWorld.For(fixture, tenant);
        var foil = await ProductAsync(w, "FOIL", "kg");
        var coil = await ProductAsync(w, "COIL", "kg");
        var slab = await ProductAsync(w, "SLAB", "kg");
        (await w.Products.AddBomLineAsync(foil, Own(coil, 1.05m, "kg"), default)).Result.ShouldBeOfType<Created<ProductBomLine>>();
        (await w.Products.AddBomLineAsync(coil, Own(slab, 1.1m, "kg"), default)).Result.ShouldBeOfType<Created<ProductBomLine>>();

        var cycle = (await w.Products.AddBomLineAsync(slab, Own(foil, 0.1m, "kg"), default)).Result; // slab → foil → coil → slab
        var self = (await w.Products.AddBomLineAsync(slab, Own(slab, 0.1m, "kg"), default)).Result;

        FieldErrors.Of(cycle.ShouldBeOfType<ValidationProblem>()).Single().Field.ShouldBe("componentProductId");
        FieldErrors.Of(self.ShouldBeOfType<ValidationProblem>()).Single().Field.ShouldBe("componentProductId");
        (await w.Db.ProductBomLines.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task DeleteAsync_ProductUsedInAnotherBom_IsRefusedUntilTheLineIsRemoved()
    {
        var tenant = await Seed.TenantAsync(fixture);
        await using var w = ProductWorld.For(fixture, tenant);
        var foil = await ProductAsync(w, "FOIL", "kg");
        var coil = await ProductAsync(w, "COIL", "kg");
        var line = ((Created<ProductBomLine>)(await w.Products.AddBomLineAsync(foil, Own(coil, 1.05m, "kg"), default)).Result).Value!;

        (await w.Products.DeleteAsync(coil, default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(409);
        await w.Products.RemoveBomLineAsync(foil, line.Id, default);

        (await w.Products.DeleteAsync(coil, default)).Result.ShouldBeOfType<NoContent>();
    }

    [Fact]
    public async Task OtherOrganisation_ProductsAndVersions_AreNotFoundNorUsable()
    {
        var a = await Seed.TenantAsync(fixture);
        var b = await Seed.TenantAsync(fixture);
        var seedB = await ProductsSeed.CreateAsync(fixture, b);
        await using var w = ProductWorld.For(fixture, a);
        var mine = await ProductAsync(w, "MINE", "t");

        (await w.Products.FindAsync(seedB.ProductId, default)).ShouldBeNull();
        (await w.Products.ListAsync(default)).Select(p => p.Id).ShouldBe([mine]);
        (await w.Footprints.FindAsync(seedB.ProductId, seedB.VersionId, default)).ShouldBeNull();
        (await w.Products.AddBomLineAsync(mine, Own(seedB.ProductId, 1m, "t"), default)).Result.ShouldBeOfType<ValidationProblem>();
        (await w.Products.SetOutputAsync(mine, new OutputRequest(b.InventoryYearId, b.FacilityId, 1m, null, null), default)).Result.ShouldBeOfType<ValidationProblem>();
        (await w.Products.AssignAsync(b.InventoryYearId, new AssignmentRequest(mine, b.FacilityId, "公用"), default)).Result
            .ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(404);
        (await w.Footprints.LockAsync(seedB.ProductId, seedB.VersionId, default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(404);
        (await w.Footprints.ComputeAsync(seedB.ProductId, b.InventoryYearId, default)).Problem!.StatusCode.ShouldBe(404);
        (await w.Products.DeleteAsync(seedB.ProductId, default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(404);
        await seedB.ShouldBeUnchangedAsync(fixture, b.OrganisationId);
    }

    [Fact]
    public async Task DeletingAnOpenInventory_TakesItsOutputsAssignmentsAndVersions_KeepsTheProduct()
    {
        var tenant = await Seed.TenantAsync(fixture);
        var seeded = await ProductsSeed.CreateAsync(fixture, tenant);
        await using var db = fixture.CreateContext(tenant.OrganisationId);
        db.ActivityEntries.RemoveRange(await db.ActivityEntries.ToListAsync());
        db.EmissionSources.RemoveRange(await db.EmissionSources.ToListAsync());
        db.InventoryYears.Remove(await db.InventoryYears.SingleAsync());

        await db.SaveChangesAsync(); // the keys cascade on both providers: no orphan and no error

        (await db.Products.SingleAsync()).Id.ShouldBe(seeded.ProductId);
        (await db.ProductBomLines.CountAsync(), await db.ProductOutputs.CountAsync(), await db.ProductProcessAssignments.CountAsync(),
            await db.ProductFootprintVersions.CountAsync()).ShouldBe((1, 0, 0, 0));
    }

    [Fact]
    public async Task Viewer_ReadsButCannotChange()
    {
        var tenant = await Seed.TenantAsync(fixture);
        Guid coil;
        await using (var owner = ProductWorld.For(fixture, tenant))
        {
            coil = await ProductAsync(owner, "COIL", "t");
        }

        await using var viewer = ProductWorld.For(fixture, tenant, MembershipRole.Viewer);
        (await viewer.Products.FindAsync(coil, default)).ShouldNotBeNull();
        (await viewer.Products.AddBomLineAsync(coil, Secondary("鋁錠", 1m, "t"), default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(403);
        await using var verifier = ProductWorld.For(fixture, tenant, MembershipRole.Verifier);
        (await verifier.Products.FindAsync(coil, default)).ShouldBeNull();
    }

    internal static async Task<Guid> ProductAsync(ProductWorld w, string code, string unit, decimal? mass = null) =>
        ((Created<Product>)(await w.Products.CreateAsync(new ProductRequest(code, code, unit, mass, null, null), default)).Result).Value!.Id;

    internal static BomLineRequest Secondary(string material, decimal quantity, string unit, decimal factor = 1m) =>
        new(material, quantity, unit, BomSourceKinds.Secondary, factor, "ecoinvent", "3.10", null, null);

    internal static BomLineRequest Own(Guid component, decimal quantity, string unit) =>
        new(null, quantity, unit, BomSourceKinds.Product, null, null, null, null, component);
}

public sealed class SqliteProductServiceTests(SqliteFixture fixture) : ProductServiceTests<SqliteFixture>(fixture);

public sealed class PostgresProductServiceTests(PostgresFixture fixture) : ProductServiceTests<PostgresFixture>(fixture);
