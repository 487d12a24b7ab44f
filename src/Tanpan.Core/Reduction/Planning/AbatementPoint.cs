using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction.Planning;

/// <summary>
/// One bar of the marginal abatement cost curve: the measure's annualised cost (NT$ a year, negative = it
/// earns money) and cost per tonne (NT$/t CO₂e); the bar spans <see cref="From"/>–<see cref="To"/> of CO₂e avoided a year.
/// </summary>
public sealed record AbatementPoint(
    string Id, string Label, Co2e Annual, decimal CapitalRecoveryFactor, decimal AnnualisedCostNtd, decimal CostPerTNtd, Co2e From, Co2e To);
