using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Pact;

/// <summary>
/// The PACT host API (docs/pact.md): <c>POST /auth/token</c>, <c>GET /.well-known/openid-configuration</c>, and per
/// version (2 and 3) <c>GET /{v}/footprints</c>, <c>GET /{v}/footprints/{id}</c> and <c>POST /{v}/events</c>
/// (<see cref="PactEventsApi"/>). Routes and behaviour follow PACT v3.0 (data/pact/source/openapi_v3_0.yaml) and
/// v2.3 (openapi_v2_3.yaml). Served footprints are the snapshots stored at publishing, byte for byte.
/// </summary>
public static class PactApi
{
    /// <summary>Footprints per page when no smaller <c>limit</c> is asked for.</summary>
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapPactApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/auth/token", PactAuth.TokenAsync).AllowAnonymous().DisableAntiforgery().WithTags("PACT").ExcludeFromDescription();
        app.MapGet("/.well-known/openid-configuration", PactAuth.OpenIdConfiguration).AllowAnonymous().WithTags("PACT").ExcludeFromDescription();
        foreach (var version in (int[])[2, 3])
        {
            var api = app.MapGroup($"/{version}").AllowAnonymous().WithTags("PACT").ExcludeFromDescription();
            api.MapGet("/footprints", (HttpContext c, AppDbContext db, TenantContext t, PactTokens k, TimeProvider clock) => ListAsync(version, c, db, t, k, clock));
            api.MapGet("/footprints/{id}", (string id, HttpContext c, AppDbContext db, TenantContext t, PactTokens k, TimeProvider clock) => GetAsync(version, id, c, db, t, k, clock));
            api.MapPost("/events", (HttpContext c, AppDbContext db, TenantContext t, PactTokens k, TimeProvider clock, PactCallbacks callbacks) =>
                PactEventsApi.ReceiveAsync(version, c, db, t, k, clock, callbacks)).DisableAntiforgery();
        }

        return app;
    }

    private static async Task<IResult> ListAsync(int version, HttpContext context, AppDbContext db, TenantContext tenant, PactTokens tokens, TimeProvider clock)
    {
        var (client, error) = await PactCaller.AuthenticateAsync(context, db, tenant, tokens, clock);
        if (client is null)
        {
            return error!;
        }

        var (filter, problem) = PactFootprintFilter.FromQuery(context.Request.Query);
        if (filter is null)
        {
            return PactErrors.BadRequest(problem!);
        }

        if (!TryPaging(context.Request.Query, out var offset, out var limit))
        {
            return PactErrors.BadRequest("limit must be a positive integer and offset a non-negative integer.");
        }

        var matching = (await GrantedAsync(db, client.Id, version, context.RequestAborted)).Where(filter.Matches).ToList();
        var page = matching.Skip(offset).Take(limit).ToList();
        if (offset + page.Count < matching.Count)
        {
            context.Response.Headers.Link = $"<{NextLink(context.Request, offset + page.Count, limit)}>; rel=\"next\"";
        }

        return Json("{\"data\":[" + string.Join(',', page.Select(f => Document(f, version))) + "]}");
    }

    private static async Task<IResult> GetAsync(int version, string id, HttpContext context, AppDbContext db, TenantContext tenant, PactTokens tokens, TimeProvider clock)
    {
        var (client, error) = await PactCaller.AuthenticateAsync(context, db, tenant, tokens, clock);
        if (client is null)
        {
            return error!;
        }

        // The tenant filter keeps other organisations' footprints out of reach: for this client they do not exist.
        var footprint = Guid.TryParse(id, out var pfId) ? await db.PactPublishedFootprints.AsNoTracking().SingleOrDefaultAsync(f => f.Id == pfId, context.RequestAborted) : null;
        if (footprint is null || (version == 2 && footprint.V2Json is null))
        {
            return PactErrors.NotFound($"Footprint with ID '{id}' does not exist.");
        }

        if (!await db.PactGrants.AnyAsync(g => g.PactClientId == client.Id && g.FootprintId == pfId, context.RequestAborted))
        {
            return PactErrors.AccessDenied($"Footprint '{id}' is not shared with this client.");
        }

        return Json("{\"data\":" + Document(footprint, version) + "}");
    }

    /// <summary>The footprints granted to the client that the version can carry, newest first.</summary>
    internal static async Task<List<PactPublishedFootprint>> GrantedAsync(AppDbContext db, Guid clientRowId, int version, CancellationToken cancellationToken) =>
        (await db.PactPublishedFootprints.AsNoTracking()
            .Where(f => db.PactGrants.Any(g => g.PactClientId == clientRowId && g.FootprintId == f.Id))
            .Where(f => version == 3 || f.V2Json != null)
            .ToListAsync(cancellationToken))
        .OrderByDescending(f => f.PublishedAt).ThenBy(f => f.Id).ToList();

    /// <summary>The stored snapshot, with the status set to Deprecated when a successor deprecated it after publishing.</summary>
    internal static string Document(PactPublishedFootprint f, int version)
    {
        var json = version == 2 ? f.V2Json! : f.V3Json;
        if (f.Status == "Active")
        {
            return json;
        }

        var node = JsonNode.Parse(json)!;
        node["status"] = f.Status;
        return node.ToJsonString();
    }

    private static IResult Json(string body) => Results.Text(body, "application/json", Encoding.UTF8);

    private static bool TryPaging(IQueryCollection query, out int offset, out int limit)
    {
        offset = 0;
        limit = MaxPageSize;
        var limitText = query["limit"].ToString();
        var offsetText = query["offset"].ToString();
        return (limitText.Length == 0 || (int.TryParse(limitText, out limit) && limit > 0 && (limit = Math.Min(limit, MaxPageSize)) > 0))
            && (offsetText.Length == 0 || (int.TryParse(offsetText, out offset) && offset >= 0));
    }

    /// <summary>
    /// The pagination link: absolute, on the host the request was sent to (its Host header), the same filters and
    /// limit with the next offset (PACT v3.0 "Pagination"). It stays valid as long as the grants do not change.
    /// </summary>
    private static string NextLink(HttpRequest request, int offset, int limit)
    {
        var query = request.Query.Where(q => !q.Key.Equals("offset", StringComparison.OrdinalIgnoreCase) && !q.Key.Equals("limit", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)))
            .Append(KeyValuePair.Create("limit", (string?)limit.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(KeyValuePair.Create("offset", (string?)offset.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{Microsoft.AspNetCore.Http.QueryString.Create(query)}";
    }
}
