using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Tanpan.Web.Features.Pact;

/// <summary>
/// Bearer tokens for PACT clients: the client's row id and the expiry instant, encrypted and signed with ASP.NET Core
/// Data Protection (purpose "Tanpan.Pact.AccessToken"). Nothing is stored; the client row is read at every request,
/// so revoking a client ends its tokens at once. The expiry is checked against the app's <see cref="TimeProvider"/>.
/// </summary>
internal sealed class PactTokens(IDataProtectionProvider protection, TimeProvider clock, IOptions<PactOptions> options)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Tanpan.Pact.AccessToken");

    public int LifetimeSeconds => options.Value.AccessTokenLifetimeSeconds;

    public string Issue(Guid clientRowId)
    {
        var expires = clock.GetUtcNow().AddSeconds(LifetimeSeconds).ToUnixTimeSeconds();
        return _protector.Protect($"{clientRowId:N}.{expires.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>The client row id, or null when the token is not one of ours; <c>Expired</c> when it was but has run out.</summary>
    public (Guid ClientRowId, bool Expired)? Read(string token)
    {
        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }

        var parts = payload.Split('.');
        if (parts.Length != 2 || !Guid.TryParseExact(parts[0], "N", out var id) || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var expires))
        {
            return null;
        }

        return (id, clock.GetUtcNow().ToUnixTimeSeconds() >= expires);
    }
}
