using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Documents.Pact;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Pact;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Products;

/// <summary>Publishing a locked version to PACT through the Pact feature's publisher.</summary>
public sealed partial class ProductFootprints
{
    /// <summary>
    /// Maps the locked version's stored snapshot (never a new computation) to <see cref="PactFootprint"/> and publishes it;
    /// earlier published versions of the product become its preceding footprints (deprecated by the publisher).
    /// </summary>
    public async Task<Results<Ok<ProductFootprintVersion>, ProblemHttpResult>> PublishAsync(
        Guid productId, Guid versionId, IPactPublisher publisher, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        if (!products.CanRead || await Db.ProductFootprintVersions.SingleOrDefaultAsync(v => v.Id == versionId && v.ProductId == productId, cancellationToken)
            is not { } version)
        {
            return Problems.NotFound();
        }

        if (!products.CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (version.Status != FootprintStatuses.Locked)
        {
            return Problems.Conflict("請先鎖定此版本再發布。", "Lock this version before publishing it.");
        }

        if (version.PublishedPactId is not null)
        {
            return Problems.Conflict("此版本已發布。", "This version has been published.");
        }

        var organisation = await Db.Organisations.AsNoTracking().SingleAsync(cancellationToken);
        var preceding = await Db.ProductFootprintVersions.Where(v => v.ProductId == productId && v.PublishedPactId != null)
            .Select(v => v.PublishedPactId!.Value).ToListAsync(cancellationToken);
        var footprint = FootprintPact.Map(Snapshot(version), productId, organisation.Id, organisation.Name, clock.GetUtcNow(), preceding);
        try
        {
            version.PublishedPactId = await publisher.PublishAsync(organisation.Id, footprint, cancellationToken);
        }
        catch (PactFormatException e)
        {
            Db.ChangeTracker.Clear();
            return Problems.Conflict($"無法以 PACT 格式發布：{e.Message}", $"Cannot publish as PACT: {e.Message}");
        }

        await Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(version);
    }
}
