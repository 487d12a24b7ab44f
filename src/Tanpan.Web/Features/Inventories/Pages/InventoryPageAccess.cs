using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Roles;

namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>What the inventory pages ask before showing anything: the API's own answer for the inventory, within the verifier scope.</summary>
internal static class InventoryPageAccess
{
    /// <summary>The inventory as <c>GET /api/v1/inventories/{id}</c> gives it, or null where that answers 404 (other organisation, none, out of a verifier's scope).</summary>
    public static async Task<InventoryResponse?> FindAsync(Guid id, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        if (tenant.OrganisationId is null || await VerifierScope.LimitAsync(tenant, db, cancellationToken) is Guid only && only != id)
        {
            return null;
        }

        return await InventoriesApi.FindInventoryAsync(id, db, cancellationToken);
    }

    /// <summary>A problem's message in the UI language (title is Chinese, detail English).</summary>
    public static string Message(this ProblemHttpResult problem) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
            ? problem.ProblemDetails.Detail ?? ""
            : problem.ProblemDetails.Title ?? "";
}
