using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction;

/// <summary>
/// A quantified reduction case from the seeds (data/cases/cases.csv): industry, measure kind (a
/// <see cref="IMeasure.Kind"/>), yearly energy saved in <see cref="EnergyUnit"/>, CO₂e avoided a year,
/// investment and yearly savings (NT$), payback (years) as the source states them (null = not given),
/// the year of the source, the grid-factor year that reproduces its tCO₂e (inferred; null when none
/// does or it is not electricity), and where in which seed file it is.
/// </summary>
public sealed record ReductionCase(
    string Id,
    string IndustryZh,
    string IndustryEn,
    string Measure,
    string TitleZh,
    string TitleEn,
    decimal? EnergySaved,
    string EnergyUnit,
    Co2e? Co2e,
    decimal? InvestmentNtd,
    decimal? AnnualSavingsNtd,
    decimal? PaybackYears,
    int Year,
    int? GridYear,
    string SourceFile,
    string Locator,
    string Note);
