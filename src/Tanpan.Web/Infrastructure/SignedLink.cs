using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Tanpan.Web.Infrastructure;

/// <summary>
/// A signed, expiring, single-purpose link token (DESIGN.md, wave-2 rules: it opens one narrow page and never a session):
/// an organisation's id, one row's id and the expiry, encrypted and signed by ASP.NET Core Data Protection under its own
/// purpose string, so a token of one purpose is refused by every other. Nothing is stored; the expiry is checked against
/// the app's clock. Used by the programmes' confirmation links and the follow-up reminders' links.
/// </summary>
public sealed class SignedLink(IDataProtectionProvider protection, string purpose, TimeSpan lifetime, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector(purpose);

    public string Issue(Guid organisationId, Guid id)
    {
        var expires = clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        return _protector.Protect($"{organisationId:N}.{id:N}.{expires.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>The organisation and row, or null when the token is not of this purpose, was altered, or has expired.</summary>
    public (Guid OrganisationId, Guid Id)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('.');
        return parts.Length == 3 && Guid.TryParseExact(parts[0], "N", out var organisation) && Guid.TryParseExact(parts[1], "N", out var id)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires) && clock.GetUtcNow().ToUnixTimeSeconds() < expires
            ? (organisation, id)
            : null;
    }
}
