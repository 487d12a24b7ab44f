using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Tanpan.Web.Features.FollowUps;

/// <summary>
/// The link in a follow-up reminder (DESIGN.md, wave-2 rules: a signed, expiring, single-purpose token that opens one
/// narrow page and never a session): the follow-up's id, its agency and the expiry, encrypted and signed by ASP.NET Core
/// Data Protection under the purpose "Tanpan.FollowUps.Form", so the programmes' confirmation links (another purpose) are
/// refused here and this one is refused there. Nothing is stored; the expiry is checked against the app's clock. Each
/// reminder issues a fresh link.
/// </summary>
public sealed class FollowUpTokens(IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>
    /// How long a reminder's link works: 60 days — the reminder 30 days before the due day stays usable a month past it,
    /// and the overdue reminder brings a new one.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(60);

    private readonly IDataProtector _protector = protection.CreateProtector("Tanpan.FollowUps.Form");

    public string Issue(Guid organisationId, Guid followUpId)
    {
        var expires = clock.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        return _protector.Protect($"{organisationId:N}.{followUpId:N}.{expires.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>The agency and follow-up, or null when the token is not one of ours, was altered, or has expired.</summary>
    public (Guid OrganisationId, Guid FollowUpId)? Read(string? token)
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
        return parts.Length == 3 && Guid.TryParseExact(parts[0], "N", out var organisation) && Guid.TryParseExact(parts[1], "N", out var followUp)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires) && clock.GetUtcNow().ToUnixTimeSeconds() < expires
            ? (organisation, followUp)
            : null;
    }
}
