using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Antiforgery;

namespace Tanpan.Web.Features.Accounts;

/// <summary>First-run setup, sign-in, the current user, organisations and personal API tokens under <c>/api/v1</c>.</summary>
public static partial class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Accounts");

        api.MapGet("/setup", GetSetupStatusAsync);
        api.MapPost("/setup", SetUpAsync);
        api.MapGet("/antiforgery", GetAntiforgeryToken);
        api.MapPost("/session", SignInAsync);

        var signedIn = api.MapGroup("").RequireAuthorization();
        signedIn.MapDelete("/session", SignOutAsync);
        signedIn.MapPost("/session/organisation", SwitchOrganisationAsync);
        signedIn.MapGet("/me", GetMeAsync);
        signedIn.MapPost("/me/password", ChangePasswordAsync);
        signedIn.MapPost("/organisations", CreateOrganisationAsync);
        signedIn.MapGet("/organisations/{id:guid}", GetOrganisationAsync);
        signedIn.MapGet("/tokens", ListTokensAsync);
        signedIn.MapPost("/tokens", CreateTokenAsync);
        signedIn.MapDelete("/tokens/{id:guid}", RevokeTokenAsync);
        return app;
    }

    /// <summary>The request token for <see cref="AccountSchemes.AntiforgeryHeader"/>; also sets the antiforgery cookie.</summary>
    public static Ok<AntiforgeryToken> GetAntiforgeryToken(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new AntiforgeryToken(tokens.RequestToken!, AccountSchemes.AntiforgeryHeader));
    }
}
