namespace Tanpan.Web.Data.Entities;

/// <summary>What a member may do in an organisation.</summary>
public enum MembershipRole
{
    /// <summary>Everything, including members and deleting the organisation.</summary>
    Owner,

    /// <summary>Enters and changes inventory data.</summary>
    Editor,

    /// <summary>Reads everything, changes nothing.</summary>
    Viewer,

    /// <summary>查驗機構: reads an inventory, its evidence and its history; may be limited to one inventory.</summary>
    Verifier,

    /// <summary>
    /// A member of a consulting team working in an agency's programme under a <c>case-delivery</c> grant (docs/grants.md):
    /// never stored on a membership — conferred for a request by the grant — and it reaches only routes marked
    /// <c>Access.Team</c>.
    /// </summary>
    Consultant,
}
