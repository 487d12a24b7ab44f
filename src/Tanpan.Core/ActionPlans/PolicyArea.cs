using Tanpan.Core.Units;

namespace Tanpan.Core.ActionPlans;

/// <summary>
/// One 行動綱領政策內涵 (policy content) of the plan, the row key of seed 002's 表2, 表4 and 表5: its code (the first part
/// of its measures' numbers, "1" for 1.1.1), its name, and the budget planned for the whole plan period
/// (表5 column A, 「110-114 年預期經費」), null when not given.
/// </summary>
public sealed record PolicyArea(string Code, string Name, Quantity<Money>? PlannedBudget, string? BudgetPeriod);
