namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// The states of a <see cref="Data.Entities.ProgrammeRequest"/>. A request holds one of its service's quota places
/// while queued, approved or approved by the bureau; the first confirmed request over the quota is wait-listed, never
/// rejected (docs/programmes.md, "Quotas").
/// </summary>
public static class RequestStates
{
    /// <summary>Submitted; the applicant has not yet confirmed by e-mail. Not in the queue.</summary>
    public const string Unconfirmed = "unconfirmed";

    /// <summary>Confirmed within the quota: in the queue for the officer's review, holding a place.</summary>
    public const string Queued = "queued";

    /// <summary>Confirmed with the quota full, or put aside by the officer: waits for a place.</summary>
    public const string WaitListed = "wait-listed";

    /// <summary>Approved by the programme officer (送工業局核備 pending).</summary>
    public const string Approved = "approved";

    /// <summary>工業局核備 recorded: guidance may start (seed 004 注意事項四); a later case starts here.</summary>
    public const string BureauApproved = "bureau-approved";

    /// <summary>Rejected by the officer with a reason.</summary>
    public const string Rejected = "rejected";

    public static bool HoldsSeat(string state) => state is Queued or Approved or BureauApproved;

    public static IReadOnlyList<string> All { get; } = [Unconfirmed, Queued, WaitListed, Approved, BureauApproved, Rejected];
}
