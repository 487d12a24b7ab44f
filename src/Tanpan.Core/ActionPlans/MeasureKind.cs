namespace Tanpan.Core.ActionPlans;

/// <summary>
/// The two kinds of 具體措施 in a sector action plan as the manufacturing sector's 110 年 report (seed 002, 表2 and 表3)
/// counts them: 實質減量 (column A) and 能力建構 (column B).
/// </summary>
public enum MeasureKind
{
    /// <summary>實質減量 — a measure whose result is an emission reduction.</summary>
    Reduction,

    /// <summary>能力建構 — capacity building (meetings, guidance, rules, labels) with no reduction of its own.</summary>
    CapacityBuilding,
}
