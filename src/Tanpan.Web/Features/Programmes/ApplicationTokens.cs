using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// The applicant's confirmation link (DESIGN.md, wave-2 rules: a signed, expiring, single-purpose token that opens one
/// narrow page and never a session): the application's id, its agency and the expiry, encrypted and signed by ASP.NET
/// Core Data Protection under the purpose "Tanpan.Programmes.ConfirmApplication", so no other token of the app is
/// accepted here and this one is accepted nowhere else. Nothing is stored; the expiry is checked against the app's clock.
/// </summary>
public sealed class ApplicationTokens(IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>How long a confirmation link works: seven days.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private readonly IDataProtector _protector = protection.CreateProtector("Tanpan.Programmes.ConfirmApplication");

    public string Issue(Guid organisationId, Guid applicationId)
    {
        var expires = clock.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        return _protector.Protect($"{organisationId:N}.{applicationId:N}.{expires.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>The agency and application, or null when the token is not one of ours, was altered, or has expired.</summary>
    public (Guid OrganisationId, Guid ApplicationId)? Read(string? token)
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
        return parts.Length == 3 && Guid.TryParseExact(parts[0], "N", out var organisation) && Guid.TryParseExact(parts[1], "N", out var application)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires) && clock.GetUtcNow().ToUnixTimeSeconds() < expires
            ? (organisation, application)
            : null;
    }
}
