using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;

namespace Tanpan.Web.Features.Accounts;

/// <summary>
/// Server-side revocation of session cookies: every cookie carries the user's <see cref="Data.Entities.User.SecurityStamp"/>
/// as it was when the cookie was issued, and every request compares it with the stored one. Sign-out and a password
/// change store a new stamp, so every cookie issued before (a copied one too) stops working at once.
/// </summary>
internal static class SecurityStamps
{
    public const string Claim = "tanpan:stamp";

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, CancellationToken, Task<string?>>> StampOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid userId, CancellationToken ct) => db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefault()));

    /// <summary>Adds the stored stamp to a cookie being issued (sign-in, organisation switch, re-issue after a password change).</summary>
    public static async Task AddToCookieAsync(CookieSigningInContext context)
    {
        if (context.Principal?.UserId() is Guid userId && context.Principal.Identity is ClaimsIdentity identity)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
            var stamp = await StampOf.For(db)(db, userId, context.HttpContext.RequestAborted) ?? "";
            if (identity.FindFirst(Claim) is { } old)
            {
                identity.RemoveClaim(old);
            }

            identity.AddClaim(new(Claim, stamp));
        }
    }

    /// <summary>Rejects (and deletes) a cookie whose stamp is missing or no longer the user's.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var stamp = context.Principal?.FindFirstValue(Claim);
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var stored = context.Principal?.UserId() is Guid userId
            ? await StampOf.For(db)(db, userId, context.HttpContext.RequestAborted)
            : null;
        if (stamp is null || stored is null || !string.Equals(stamp, stored, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AccountSchemes.Cookie);
        }
    }
}
