using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanpan.Web.Data;

namespace Tanpan.Web.Features.Accounts;

/// <summary>
/// Authenticates <c>Authorization: Bearer tp_…</c> as the token's user and records when the token
/// was last used. Unknown and revoked tokens fail (401 where the endpoint requires a user).
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>How stale <see cref="Data.Entities.ApiToken.LastUsedAt"/> may get before a request writes it again.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The live token with that hash and its user, untracked, as a compiled query: every API request runs it, so EF
    /// Core's per-call query-cache lookup and change tracking are not paid for it.
    /// </summary>
    private static readonly CompiledPerModel<Func<AppDbContext, string, CancellationToken, Task<StoredToken?>>> FindToken = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, string hash, CancellationToken ct) => db.ApiTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && t.User != null)
            .Select(t => new StoredToken(t.Id, t.LastUsedAt, t.User!.Id, t.User.DisplayName))
            .SingleOrDefault()));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (!token.StartsWith(TokenSecrets.Prefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("Not a Tanpan API token.");
        }

        var hash = TokenSecrets.Hash(token);
        await RequestConnection.HoldAsync(db, Context.RequestAborted);
        if (await FindToken.For(db)(db, hash, Context.RequestAborted) is not { } stored)
        {
            return AuthenticateResult.Fail("Unknown or revoked API token.");
        }

        // At most one write a minute per token: "last used" is for people, and a write on every request would
        // serialise all of one client's reads behind the database's writer (SQLite has one).
        var now = clock.GetUtcNow();
        if (stored.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            await db.ApiTokens.Where(t => t.Id == stored.TokenId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, stored.UserId.ToString()), new Claim(ClaimTypes.Name, stored.DisplayName)],
            AccountSchemes.ApiToken);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}

/// <summary>What the sign-in needs of a token row.</summary>
internal sealed record StoredToken(Guid TokenId, DateTimeOffset? LastUsedAt, Guid UserId, string DisplayName);
