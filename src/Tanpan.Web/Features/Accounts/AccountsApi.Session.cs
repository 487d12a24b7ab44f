using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Accounts;

public static partial class AccountsApi
{
    /// <summary>Signs in with email and password (cookie). Wrong password, unknown email and lockout give the same 401.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> SignInAsync(
        SignInRequest request, HttpContext context, AppDbContext db, Passwords passwords, CancellationToken cancellationToken)
    {
        var normalized = request.Email?.Trim().ToUpperInvariant() ?? "";
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        var success = passwords.SignIn(user, request.Password ?? "");
        if (user is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!success)
        {
            return Problems.SignInFailed();
        }

        await SignInCookieAsync(context, user!.Id, user.DisplayName, organisationId: null);
        return TypedResults.NoContent();
    }

    /// <summary>Ends the cookie session; the rest of this request runs without a user or organisation.</summary>
    public static async Task<NoContent> SignOutAsync(HttpContext context, TenantContext tenant)
    {
        await context.SignOutAsync(AccountSchemes.Cookie);
        tenant.Set(null, null, null);
        return TypedResults.NoContent();
    }

    /// <summary>Makes one of the user's organisations current for this cookie session; 404 for any other.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> SwitchOrganisationAsync(
        SwitchOrganisationRequest request, HttpContext context, AppDbContext db, CancellationToken cancellationToken)
    {
        if (!context.User.IsCookieSession())
        {
            return Problems.Of(StatusCodes.Status400BadRequest,
                $"API 權杖請以 {AccountSchemes.OrganisationHeader} 標頭指定組織。",
                $"With an API token, name the organisation in the {AccountSchemes.OrganisationHeader} header.");
        }

        var userId = context.User.UserId()!.Value;
        var isMember = await db.Memberships.IgnoreQueryFilters()
            .AnyAsync(m => m.UserId == userId && m.OrganisationId == request.OrganisationId, cancellationToken);
        if (!isMember)
        {
            return Problems.NotFound();
        }

        await SignInCookieAsync(context, userId, context.User.FindFirstValue(ClaimTypes.Name) ?? "", request.OrganisationId);
        return TypedResults.NoContent();
    }

    private static Task SignInCookieAsync(HttpContext context, Guid userId, string displayName, Guid? organisationId)
    {
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, userId.ToString()), new(ClaimTypes.Name, displayName)];
        if (organisationId is Guid id)
        {
            claims.Add(new(AccountSchemes.OrganisationClaim, id.ToString()));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, AccountSchemes.Cookie));
        return context.SignInAsync(AccountSchemes.Cookie, principal);
    }
}
