using Tanpan.Core.Factors;

namespace Tanpan.Core.Reduction;

/// <summary>
/// How a measure is valued: fuel factor set and GWP set (fuels), grid factor year (electricity),
/// discount rate (fraction a year, 0 ≤ r &lt; 1) and lifetime (whole years, 1–50) for NPV and IRR.
/// </summary>
public sealed record MeasureOptions(
    string FactorSetId = FactorLibrary.DefaultSetId,
    string GwpId = FactorLibrary.DefaultGwpId,
    int? GridYear = null,
    decimal DiscountRate = 0.05m,
    int LifetimeYears = 10);
