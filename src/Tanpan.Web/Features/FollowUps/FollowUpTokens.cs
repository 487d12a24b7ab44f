using Microsoft.AspNetCore.DataProtection;
using Tanpan.Web.Infrastructure;

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

    private readonly SignedLink _link = new(protection, "Tanpan.FollowUps.Form", Lifetime, clock);

    public string Issue(Guid organisationId, Guid followUpId) => _link.Issue(organisationId, followUpId);

    /// <summary>The agency and the row, or null when the token is not one of ours, was altered, or has expired.</summary>
    public (Guid OrganisationId, Guid FollowUpId)? Read(string? token) => _link.Read(token) is { } t ? (t.OrganisationId, t.Id) : null;
}
