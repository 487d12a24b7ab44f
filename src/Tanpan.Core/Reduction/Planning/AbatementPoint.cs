namespace Tanpan.Core.Reduction.Planning;

/// <summary>
/// One bar of the marginal abatement cost curve: the measure's annualised cost (NT$ a year, negative = it
/// earns money) and cost per tonne (NT$/t CO₂e); the bar spans <see cref="FromT"/>–<see cref="ToT"/> t CO₂e a year.
/// </summary>
public sealed record AbatementPoint(
    string Id, string Label, decimal AnnualCo2eT, decimal CapitalRecoveryFactor, decimal AnnualisedCostNtd, decimal CostPerTNtd, decimal FromT, decimal ToT);
