using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Pact;

/// <summary>
/// Who is calling the PACT API: the bearer token's client, still unrevoked. Its organisation becomes the request's
/// tenant, so no query of this request can reach another organisation's rows (docs/decisions/0005-tenant-isolation.md).
/// </summary>
internal static class PactCaller
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>The client, or the error to answer with.</summary>
    public static async Task<(PactClient? Client, IResult? Error)> AuthenticateAsync(HttpContext context, AppDbContext db, TenantContext tenant, PactTokens tokens, TimeProvider clock)
    {
        if (RefusePlainHttp(context) is { } refused)
        {
            return (null, refused);
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || tokens.Read(header["Bearer ".Length..].Trim()) is not { } token)
        {
            return (null, PactErrors.InvalidToken());
        }

        if (token.Expired)
        {
            return (null, PactErrors.TokenExpired());
        }

        var client = await db.PactClients.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == token.ClientRowId && c.RevokedAt == null, context.RequestAborted);
        if (client is null)
        {
            return (null, PactErrors.InvalidToken());
        }

        tenant.Set(null, client.OrganisationId, null);
        var now = clock.GetUtcNow();
        if (client.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            await db.PactClients.Where(c => c.Id == client.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastUsedAt, now), context.RequestAborted);
        }

        return (client, null);
    }

    /// <summary>
    /// PACT requires HTTPS (v3.0 "Authentication"; conformance test cases 9–11, 17): outside the Development environment
    /// a plain-HTTP request is answered 400 without data or token. Behind a TLS-terminating proxy, enable forwarded
    /// headers so the request counts as HTTPS (docs/security.md).
    /// </summary>
    public static IResult? RefusePlainHttp(HttpContext context) =>
        context.Request.IsHttps || context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment() ? null : PactErrors.HttpsRequired();
}
