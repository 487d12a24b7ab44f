using Tanpan.Core.Factors;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Cbam;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Cbam;

/// <summary>The CBAM services acting as one member of a seeded organisation, on one context (as a request would).</summary>
internal sealed class CbamWorld : IAsyncDisposable
{
    private CbamWorld(AppDbContext db, CbamService cbam, CbamCalculation calculation, CbamTemplateImports templates) =>
        (Db, Cbam, Calculation, Templates) = (db, cbam, calculation, templates);

    public AppDbContext Db { get; }

    public CbamService Cbam { get; }

    public CbamCalculation Calculation { get; }

    public CbamTemplateImports Templates { get; }

    public static CbamWorld For(DatabaseFixture fixture, SeededTenant tenant, MembershipRole role = MembershipRole.Owner)
    {
        var context = new TenantContext();
        context.Set(Guid.CreateVersion7(), tenant.OrganisationId, role);
        var db = fixture.CreateContext(context, new ManualClock(Seed.Time));
        var cbam = new CbamService(db, context, new ManualClock(Seed.Time));
        var calculation = new CbamCalculation(cbam, FactorLibrary.Shipped);
        return new CbamWorld(db, cbam, calculation, new CbamTemplateImports(cbam, calculation));
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
