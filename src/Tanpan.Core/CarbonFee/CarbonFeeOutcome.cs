using Tanpan.Core.Factors;

namespace Tanpan.Core.CarbonFee;

/// <summary>Either an estimate or the problems with the input (Chinese and English); never both.</summary>
public sealed record CarbonFeeOutcome(CarbonFeeEstimate? Estimate, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Estimate is not null;
}
