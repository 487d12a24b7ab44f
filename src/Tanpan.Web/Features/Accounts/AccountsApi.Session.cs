using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Accounts;

public static partial class AccountsApi
{
    /// <summary>
    /// Signs in with email and password (cookie). Wrong password and unknown email give the same 401; a throttled
    /// address (back-off or too many attempts) gets 429 with <c>Retry-After</c>, even with the right password.
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> SignInAsync(
        SignInRequest request, HttpContext context, AccountService accounts, CancellationToken cancellationToken)
    {
        var result = await accounts.CheckPasswordAsync(request.Email, request.Password, cancellationToken);
        if (result.RetryAfter is not null)
        {
            return AccountProblems.TooManyAttempts(context.Response, result.RetryAfterSeconds);
        }

        if (result.User is not { } user)
        {
            return AccountProblems.SignInFailed();
        }

        await AccountService.SignInCookieAsync(context, user.Id, user.DisplayName, organisationId: null);
        return TypedResults.NoContent();
    }

    /// <summary>Ends the cookie session; the rest of this request runs without a user or organisation.</summary>
    public static async Task<NoContent> SignOutAsync(HttpContext context, AccountService accounts)
    {
        await accounts.SignOutAsync(context);
        return TypedResults.NoContent();
    }

    /// <summary>Makes one of the user's organisations current for this cookie session; 404 for any other.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> SwitchOrganisationAsync(
        SwitchOrganisationRequest request, HttpContext context, AccountService accounts, CancellationToken cancellationToken)
    {
        if (!context.User.IsCookieSession())
        {
            return Problems.Of(StatusCodes.Status400BadRequest,
                $"API 權杖請以 {AccountSchemes.OrganisationHeader} 標頭指定組織。",
                $"With an API token, name the organisation in the {AccountSchemes.OrganisationHeader} header.");
        }

        var userId = context.User.UserId()!.Value;
        if (!await accounts.MayEnterAsync(userId, request.OrganisationId, cancellationToken))
        {
            return Problems.NotFound();
        }

        await AccountService.SignInCookieAsync(context, userId, context.User.FindFirstValue(ClaimTypes.Name) ?? "", request.OrganisationId);
        return TypedResults.NoContent();
    }
}
