using Tanpan.Core.Factors;
using Tanpan.Core.Units;

namespace Tanpan.Core.CarbonFee;

/// <summary>
/// The fee of a payer with several plants. §3 makes each plant (全廠(場)) the unit that meets the 25,000 t threshold, so the
/// threshold, K, the adjustment factor, the §7/§8 deductions, the credit caps and §5's rounding apply per plant; the payer's fee is the sum of the
/// plants' fees, each already truncated to whole NT$. Either every plant has an estimate or <see cref="Problems"/> says why not.
/// </summary>
public sealed record PlantGroupFee(IReadOnlyList<(string PlantId, CarbonFeeEstimate Estimate)> Plants, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public Quantity<Money> Fee => Quantity<Money>.FromBase(Plants.Sum(p => p.Estimate.Fee.BaseValue));

    /// <summary>Estimates every plant for <paramref name="year"/>; a problem names the plant it belongs to.</summary>
    public static PlantGroupFee Estimate(IReadOnlyList<PlantFeeInput> plants, int year, CarbonFeeParameters? parameters = null)
    {
        var problems = new List<Problem>();
        var estimates = new List<(string, CarbonFeeEstimate)>();
        if (plants.Count == 0)
        {
            problems.Add(new Problem("plants", "沒有任何廠（場）", "no plants given"));
        }

        foreach (var duplicate in plants.GroupBy(p => p.PlantId, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new Problem("plant", $"廠（場）代號「{duplicate.Key}」重複", $"plant id '{duplicate.Key}' is given more than once"));
        }

        foreach (var plant in plants)
        {
            var outcome = CarbonFeeCalculator.Estimate(plant.EmissionsT, plant.Rate, plant.HighLeakage, year, plant.OffsetsT, parameters, plant.Credits,
                plant.IncreaseOffsets, plant.Supplied);
            if (outcome.Succeeded)
            {
                estimates.Add((plant.PlantId, outcome.Estimate!));
            }
            else
            {
                problems.AddRange(outcome.Problems.Select(x => x with { MessageZh = $"{plant.PlantId}：{x.MessageZh}", MessageEn = $"{plant.PlantId}: {x.MessageEn}" }));
            }
        }

        return problems.Count > 0 ? new PlantGroupFee([], problems) : new PlantGroupFee(estimates, []);
    }
}
