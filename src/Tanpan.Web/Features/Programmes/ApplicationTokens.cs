using Microsoft.AspNetCore.DataProtection;
using Tanpan.Web.Infrastructure;

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

    private readonly SignedLink _link = new(protection, "Tanpan.Programmes.ConfirmApplication", Lifetime, clock);

    public string Issue(Guid organisationId, Guid applicationId) => _link.Issue(organisationId, applicationId);

    /// <summary>The agency and the row, or null when the token is not one of ours, was altered, or has expired.</summary>
    public (Guid OrganisationId, Guid ApplicationId)? Read(string? token) => _link.Read(token) is { } t ? (t.OrganisationId, t.Id) : null;
}
