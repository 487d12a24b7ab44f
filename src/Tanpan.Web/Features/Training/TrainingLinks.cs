using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Tanpan.Web.Features.Training;

/// <summary>
/// The public registration link of a session (DESIGN.md, wave 2: an anonymous link is signed, expiring and single-purpose):
/// the agency's and the session's ids and the expiry instant, encrypted and signed with ASP.NET Core Data Protection
/// under the purpose "Tanpan.Training.Registration" (a PACT token or any other protected payload does not open it).
/// Nothing is stored; closing the session's registration ends every link handed out.
/// </summary>
public sealed class TrainingLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Tanpan.Training.Registration");

    public string Issue(Guid organisationId, Guid sessionId, DateTimeOffset expires) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{organisationId:N}.{sessionId:N}.{expires.ToUnixTimeSeconds()}"));

    /// <summary>The agency and session the link names, or null when it is not one of ours, was changed, or has expired.</summary>
    public (Guid OrganisationId, Guid SessionId)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

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
        if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var organisation) || !Guid.TryParseExact(parts[1], "N", out var session)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return null;
        }

        return clock.GetUtcNow().ToUnixTimeSeconds() < expires ? (organisation, session) : null;
    }
}
