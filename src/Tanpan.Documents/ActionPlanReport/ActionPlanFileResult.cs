using Tanpan.Core.ActionPlans;
using Tanpan.Core.Inventory;

namespace Tanpan.Documents.ActionPlanReport;

/// <summary>What <see cref="ActionPlanFile"/> read: the plan when the file had no problem, else null and the problems.</summary>
public sealed record ActionPlanFileResult(ActionPlan? Plan, IReadOnlyList<ActivityIssue> Issues);
