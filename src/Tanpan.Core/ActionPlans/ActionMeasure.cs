using Tanpan.Core.Units;

namespace Tanpan.Core.ActionPlans;

/// <summary>
/// One 具體措施 as seed 002's 附件 lists it: number (1.1.1), name, policy code, kind, 主辦機關 (the ministry-level body
/// 表3 groups by: 經濟部, 國科會, 環保署), the executing unit (工業局 …) and any 協辦機關, 推動期程, 預期效益 (the KPI text),
/// 執行成果 (what was achieved), the status, the money spent in the year (實際經費, government budget and
/// <see cref="PrivateInvestment"/> 民間投資 separately), the reduction claimed with its basis (實質減碳, 預期減碳,
/// 減碳潛力), and people trained (人次) and sessions (場次) where the result counts them.
/// </summary>
public sealed record ActionMeasure(
    string Number,
    string Name,
    string PolicyCode,
    MeasureKind Kind,
    string Agency,
    string? Unit,
    string? CoAgency,
    string? Period,
    string? Expected,
    string? Result,
    MeasureStatus Status,
    Quantity<Money>? Budget,
    string? BudgetSource,
    Quantity<Money>? PrivateInvestment,
    Co2e? Reduction,
    string? ReductionBasis,
    int? People,
    int? Sessions)
{
    /// <summary>實際經費 counted by 表5: the government budget plus 民間投資 (see docs/action-plans.md, "表5").</summary>
    public Quantity<Money> Spent => (Budget ?? Quantity<Money>.Zero) + (PrivateInvestment ?? Quantity<Money>.Zero);
}
