namespace Tanpan.Web.Infrastructure.Roles;

/// <summary>Who may use a route (one row of <see cref="RoleTable"/>); each level includes the ones below it in the list.</summary>
public enum Access
{
    /// <summary>No sign-in needed (sign-in, setup, invitations by their secret token, static files, gateway ingestion by key).</summary>
    Anyone,

    /// <summary>Any signed-in account, with or without a current organisation (own profile, tokens, organisations).</summary>
    SignedIn,

    /// <summary>Any member of the current organisation: owner, editor, viewer and verifier (a verifier only within their inventory).</summary>
    Member,

    /// <summary>Owner, editor and viewer — not verifiers: meters, energy dashboards, alerts, plans, targets, tariff plans.</summary>
    Reader,

    /// <summary>Owner and editor.</summary>
    Writer,

    /// <summary>Owner only (members, the alert webhook).</summary>
    Owner,

    /// <summary>
    /// Owner, editor and viewer, and a consultant working under a <c>case-delivery</c> grant (the consulting team's case
    /// pages; the handler narrows a consultant to its team's cases). Not a level of the list: only these roles.
    /// </summary>
    Team,

    /// <summary>The installation's administrator (<c>User.IsAdministrator</c>), whatever the role (unlocking an inventory).</summary>
    Administrator,
}
