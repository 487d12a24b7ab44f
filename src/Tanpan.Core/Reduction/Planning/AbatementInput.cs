using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction.Planning;

/// <summary>
/// A measure as the abatement curve needs it: CO₂e avoided a year, net investment (NT$, after subsidy),
/// NT$ saved a year, lifetime (whole years ≥ 1) and discount rate (fraction a year, 0 ≤ r &lt; 1).
/// </summary>
public sealed record AbatementInput(string Id, string Label, Co2e Annual, decimal NetInvestmentNtd, decimal AnnualSavingsNtd, int LifetimeYears, decimal DiscountRate);
