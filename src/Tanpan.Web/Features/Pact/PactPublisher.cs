using Microsoft.EntityFrameworkCore;
using Tanpan.Documents.Pact;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Pact;

/// <inheritdoc cref="IPactPublisher"/>
internal sealed class PactPublisher(AppDbContext db, TenantContext tenant, TimeProvider clock) : IPactPublisher
{
    public async Task<Guid> PublishAsync(Guid organisationId, PactFootprint footprint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(footprint);
        if (tenant.OrganisationId != organisationId)
        {
            throw new CrossTenantWriteException($"Publishing for organisation {organisationId} while acting for {tenant.OrganisationId?.ToString() ?? "none"}.");
        }

        if (footprint.Id == Guid.Empty)
        {
            footprint = footprint with { Id = Guid.CreateVersion7(clock.GetUtcNow()) };
        }

        var v3 = PactWriter.Write(footprint, PactVersion.V3);
        string? v2;
        try
        {
            v2 = PactWriter.Write(footprint, PactVersion.V2);
        }
        catch (PactFormatException)
        {
            v2 = null; // e.g. a piece-based unit or no CPC code: served on /3 only (docs/pact.md)
        }

        if (await db.PactPublishedFootprints.IgnoreQueryFilters().AnyAsync(f => f.Id == footprint.Id, cancellationToken))
        {
            throw new InvalidOperationException($"The PACT footprint {footprint.Id} was published before; a changed footprint needs a new id.");
        }

        db.PactPublishedFootprints.Add(Row(organisationId, footprint, v3, v2));
        if (footprint.PrecedingPfIds.Count > 0)
        {
            var preceding = footprint.PrecedingPfIds.ToList();
            foreach (var older in await db.PactPublishedFootprints.Where(f => preceding.Contains(f.Id)).ToListAsync(cancellationToken))
            {
                older.Status = nameof(PactStatus.Deprecated);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return footprint.Id;
    }

    private PactPublishedFootprint Row(Guid organisationId, PactFootprint f, string v3, string? v2) => new()
    {
        Id = f.Id,
        OrganisationId = organisationId,
        ProductName = f.ProductName.Length <= 200 ? f.ProductName : f.ProductName[..200],
        ProductIds = string.Join('\n', f.ProductIds),
        CompanyIds = string.Join('\n', f.CompanyIds),
        Classifications = string.Join('\n', f.ProductClassifications),
        Geography = f.Geography.Code,
        Status = f.Status.ToString(),
        ValidFrom = f.EffectiveValidityStart,
        ValidTo = f.EffectiveValidityEnd,
        PcfExcludingBiogenicUptake = f.PcfExcludingBiogenicUptake,
        DeclaredUnit = f.DeclaredUnit.ToWire(),
        V3Json = v3,
        V2Json = v2,
        PublishedAt = clock.GetUtcNow(),
        PublishedByUserId = tenant.UserId,
    };
}
