using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Accounts;

/// <summary>Registration and middleware of the sign-in layer; see docs/accounts.md.</summary>
public static class AccountsHostingExtensions
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddScoped<Passwords>();
        services.AddOptions<SignInOptions>().BindConfiguration("SignIn");
        services.AddSingleton<SignInThrottle>();
        services.AddSignInRateLimiting();
        services.AddScoped<AccountService>();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AccountSchemes.AntiforgeryHeader;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthentication(AccountSchemes.Default)
            .AddPolicyScheme(AccountSchemes.Default, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? AccountSchemes.ApiToken
                    : AccountSchemes.Cookie)
            .AddCookie(AccountSchemes.Cookie, o =>
            {
                o.Cookie.Name = "tanpan.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;

                // An API answers 401/403; the sign-in page (later) can redirect itself.
                o.Events.OnRedirectToLogin = context => SetStatus(context.Response, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => SetStatus(context.Response, StatusCodes.Status403Forbidden);
                o.Events.OnSigningIn = SecurityStamps.AddToCookieAsync;
                o.Events.OnValidatePrincipal = SecurityStamps.ValidateAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(AccountSchemes.ApiToken, null);
        services.AddAuthorization();
        return services;
    }

    /// <summary>Authentication, the tenant of the request, authorisation and antiforgery, in that order.</summary>
    public static WebApplication UseAccounts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<TenantMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<CookieAntiforgeryMiddleware>();
        return app;
    }

    private static Task SetStatus(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
