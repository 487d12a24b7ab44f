using System.Security.Claims;

namespace Tanpan.Web.Features.Accounts;

internal static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id, or null for an anonymous request.</summary>
    public static Guid? UserId(this ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static bool IsCookieSession(this ClaimsPrincipal principal) =>
        principal.Identity is { IsAuthenticated: true, AuthenticationType: not AccountSchemes.ApiToken };
}
