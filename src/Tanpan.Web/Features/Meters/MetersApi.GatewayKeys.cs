using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Tariffs;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Concurrency;
using Tanpan.Web.Features.Meters.Ingest;

namespace Tanpan.Web.Features.Meters;

/// <summary>Gateway keys: list, create (shown once), revoke.</summary>
public static partial class MetersApi
{
    public static async Task<Results<Ok<List<GatewayKeySummary>>, ProblemHttpResult>> ListKeysAsync(TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        if (!tenant.CanWrite())
        {
            return tenant.CanRead() ? Problems.ReadOnly() : NoAccess();
        }

        var keys = await db.GatewayKeys.AsNoTracking().OrderBy(k => k.Name)
            .Select(k => new GatewayKeySummary(k.Id, k.Name, k.CreatedAt, k.LastUsedAt, k.RevokedAt)).ToListAsync(cancellationToken);
        return TypedResults.Ok(keys);
    }

    /// <summary>Creates a gateway key and returns it this once; only its SHA-256 is stored.</summary>
    public static async Task<Results<Created<CreatedGatewayKey>, ValidationProblem, ProblemHttpResult>> CreateKeyAsync(
        GatewayKeyRequest request, TenantContext tenant, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!tenant.CanWrite())
        {
            return tenant.CanRead() ? Problems.ReadOnly() : NoAccess();
        }

        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, 100, required: true);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var secret = GatewayKeys.Create();
        var now = clock.GetUtcNow();
        var key = new GatewayKey { Id = Guid.CreateVersion7(now), Name = name!, KeyHash = GatewayKeys.Hash(secret), CreatedAt = now, CreatedByUserId = tenant.UserId };
        db.GatewayKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/gateway-keys/{key.Id}", new CreatedGatewayKey(key.Id, key.Name, secret, now));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeKeyAsync(
        Guid id, TenantContext tenant, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!tenant.CanWrite())
        {
            return tenant.CanRead() ? Problems.ReadOnly() : NoAccess();
        }

        if (await db.GatewayKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken) is not { } key)
        {
            return Problems.NotFound();
        }

        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
