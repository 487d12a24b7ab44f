using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Products;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Core.Factors;

namespace Tanpan.Web.Tests.Features.Products;

/// <summary>The product services acting as one member of a seeded organisation, on one context (as a request would).</summary>
internal sealed class ProductWorld : IAsyncDisposable
{
    private ProductWorld(AppDbContext db, TenantContext tenant, ProductService products, ProductFootprints footprints) =>
        (Db, Tenant, Products, Footprints) = (db, tenant, products, footprints);

    public AppDbContext Db { get; }

    public TenantContext Tenant { get; }

    public ProductService Products { get; }

    public ProductFootprints Footprints { get; }

    public static ProductWorld For(DatabaseFixture fixture, SeededTenant tenant, MembershipRole role = MembershipRole.Owner)
    {
        var context = new TenantContext();
        context.Set(Guid.CreateVersion7(), tenant.OrganisationId, role);
        var db = fixture.CreateContext(context, new ManualClock(Seed.Time));
        var products = new ProductService(db, context, new ManualClock(Seed.Time));
        return new ProductWorld(db, context, products, new ProductFootprints(products, FactorLibrary.Shipped, context, new ManualClock(Seed.Time)));
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
