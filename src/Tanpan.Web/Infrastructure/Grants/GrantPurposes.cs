namespace Tanpan.Web.Infrastructure.Grants;

/// <summary>
/// What a <see cref="Data.Entities.Grant"/> opens (docs/grants.md). Each purpose says who the grantor and the grantee
/// usually are and what the grantee gets; nothing else reads across organisations.
/// </summary>
public static class GrantPurposes
{
    /// <summary>
    /// Client → consulting-team organisation: the team's members work inside the client's organisation (顧問進駐):
    /// a write grant gives editor rights, a read grant viewer rights (never more than the member has in its own team).
    /// </summary>
    public const string Workspace = "workspace";

    /// <summary>
    /// Agency → consulting-team organisation, subject a programme: the team's members enter the agency's organisation as
    /// <see cref="Data.Entities.MembershipRole.Consultant"/> and reach only the routes marked <c>Access.Team</c>
    /// (the cases assigned to their team).
    /// </summary>
    public const string CaseDelivery = "case-delivery";

    /// <summary>Client → agency, read: the agency reads the client's inventory figures to prefill and check 成效追蹤表.</summary>
    public const string FollowUp = "follow-up";

    /// <summary>Client → agency, read: the client's published yearly totals count in the agency's sector roll-up.</summary>
    public const string Sector = "sector";

    public static IReadOnlyList<string> All { get; } = [Workspace, CaseDelivery, FollowUp, Sector];

    /// <summary>The purposes that let a grantee's members make the grantor's organisation current (the others are read by code).</summary>
    public static bool LetsMembersIn(string purpose) => purpose is Workspace or CaseDelivery;
}

/// <summary>The states of a grant: asked for, in force, refused, or ended by the grantor.</summary>
public static class GrantStates
{
    public const string Requested = "requested";

    public const string Active = "active";

    public const string Declined = "declined";

    public const string Revoked = "revoked";
}
