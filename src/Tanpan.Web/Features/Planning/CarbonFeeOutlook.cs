using Tanpan.Core.CarbonFee;

namespace Tanpan.Web.Features.Planning;

/// <summary>The fee per year (<see cref="CarbonFeeOutlookService.Outlook"/>); <see cref="TotalFeeNtd"/> sums the estimated years.</summary>
public sealed record CarbonFeeOutlook(
    string ParametersVersion, CarbonFeeRate Rate, bool HighLeakage, decimal OffsetsTPerYear, IReadOnlyList<CarbonFeeYear> Years)
{
    /// <summary>NT$, exact, over the years that have an estimate.</summary>
    public decimal TotalFeeNtd => Years.Sum(y => y.FeeNtd ?? 0m);
}
