namespace Tanpan.Core.ActionPlans;

/// <summary>
/// A sector action plan's figures for one report year (Gregorian, 2021 for seed 002's 110 年): its policy areas,
/// measures, the emissions series of the control period (表6) and the intensity indicator.
/// </summary>
public sealed record ActionPlan(
    int ReportYear,
    string Sector,
    IReadOnlyList<PolicyArea> Policies,
    IReadOnlyList<ActionMeasure> Measures,
    IReadOnlyList<SectorEmissions> Emissions,
    IReadOnlyList<IntensityIndicator> Intensity);
