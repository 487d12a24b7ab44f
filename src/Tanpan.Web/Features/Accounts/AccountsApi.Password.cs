using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Accounts;

public static partial class AccountsApi
{
    /// <summary>
    /// Changes the caller's password (400 with the field at fault, saving nothing). A wrong current password
    /// counts toward lockout. A cookie session gets a fresh cookie; other sessions and API tokens are kept.
    /// </summary>
    public static async Task<Results<NoContent, ValidationProblem>> ChangePasswordAsync(
        ChangePasswordRequest request, HttpContext context, AccountService accounts, CancellationToken cancellationToken)
    {
        var userId = context.User.UserId()!.Value;
        if (await accounts.ChangePasswordAsync(userId, request.CurrentPassword, request.NewPassword, request.ConfirmPassword, cancellationToken) is { Count: > 0 } errors)
        {
            var problem = new FieldErrors();
            foreach (var error in errors)
            {
                problem.Add(error.Field, error.Chinese, error.English);
            }

            return problem.ToResult();
        }

        await ReissueCookieAsync(context, userId);
        return TypedResults.NoContent();
    }

    /// <summary>A new session cookie for the same user and organisation (a token client has none to renew).</summary>
    internal static Task ReissueCookieAsync(HttpContext context, Guid userId) =>
        context.User.IsCookieSession()
            ? AccountService.SignInCookieAsync(context, userId, context.User.FindFirstValue(ClaimTypes.Name) ?? "",
                Guid.TryParse(context.User.FindFirstValue(AccountSchemes.OrganisationClaim), out var organisationId) ? organisationId : null)
            : Task.CompletedTask;
}
