using Tanpan.Core.CarbonFee;

namespace Tanpan.Web.Features.Planning;

/// <summary>One year of a <see cref="CarbonFeeOutlook"/>: the scope 1 + 2 tonnes given and the estimate (or its problems).</summary>
public sealed record CarbonFeeYear(int Year, decimal ScopeOneTwoTonnes, CarbonFeeOutcome Outcome)
{
    /// <summary>t CO₂e charged, or null when the year could not be estimated.</summary>
    public decimal? ChargeableT => Outcome.Estimate?.ChargeableT;

    /// <summary>NT$, exact, or null when the year could not be estimated.</summary>
    public decimal? FeeNtd => Outcome.Estimate?.Fee.BaseValue;
}
