using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>
/// Answers 404 for a page under <c>/inventories/{Id}</c> whose inventory the signed-in member cannot see (another
/// organisation's, none, or not the one a verifier is limited to), before the page runs. A page does the same check
/// itself, but a form post would otherwise reach Blazor's form dispatch first and be answered 400, not 404. A GET is
/// left to the page (which answers 404 the same way), so rendering a page costs no extra query.
/// </summary>
internal sealed class InventoryPageGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenant, AppDbContext db)
    {
        if (tenant.UserId is not null && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            && context.Request.Path.StartsWithSegments("/inventories")
            && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
            && context.Request.RouteValues.TryGetValue("Id", out var raw) && Guid.TryParse(raw?.ToString(), out var id))
        {
            var only = await VerifierScope.LimitAsync(tenant, db, context.RequestAborted);
            if ((only is Guid limit && limit != id) || !await db.InventoryYears.AnyAsync(y => y.Id == id, context.RequestAborted))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }

        await next(context);
    }
}
