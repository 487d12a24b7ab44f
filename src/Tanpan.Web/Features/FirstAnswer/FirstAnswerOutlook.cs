using Tanpan.Core.CarbonFee;
using Tanpan.Core.Tariffs;
using Tanpan.Core.Units;

namespace Tanpan.Web.Features.FirstAnswer;

/// <summary>
/// The rough outlooks of a first answer, from Core's own calculators: the carbon fee with the general rate
/// (<see cref="CarbonFeeCalculator"/>, 碳費收費辦法 §3 and §5) and the electricity energy charge at Taipower's
/// 低壓電力非時間電價 (<see cref="TariffLibrary"/>, plan <c>low_voltage_power</c>, 電價表 114年10月1日: summer
/// 6/1–9/30, the rest non-summer). Rough on purpose: see docs/first-answer.md.
/// </summary>
internal static class FirstAnswerOutlook
{
    /// <summary>The plan priced: low voltage without time of use, the commonest SME contract.</summary>
    public const string TariffPlanId = "low_voltage_power";

    /// <summary>
    /// The fee the year's scope 1 + 2 emissions would pay if the organisation were one plant charged at the general rate.
    /// A year before the fee's first year is estimated as that first year (the rules charge nothing earlier).
    /// </summary>
    public static CarbonFeeEstimate Fee(decimal tonnes, int year)
    {
        var parameters = CarbonFeeParameters.Shipped;
        var feeYear = Math.Max(year, parameters.FirstYear);
        return CarbonFeeCalculator.Estimate(tonnes, CarbonFeeRate.General, highLeakage: false, feeYear).Estimate
            ?? throw new InvalidOperationException("A non-negative total at the general rate is always estimated.");
    }

    /// <summary>
    /// The energy charge of the electricity typed: each month at its season's rate; a year's total split like the
    /// calendar (4 summer months of 12). Null when no electricity was typed.
    /// </summary>
    public static ElectricityCost? Electricity(PlannedSource? electricity)
    {
        if (electricity is null)
        {
            return null;
        }

        var plan = TariffLibrary.Shipped.Find(TariffPlanId) ?? throw new InvalidOperationException($"The shipped tariffs lack {TariffPlanId}.");
        var summer = Rate(plan, Season.Summer);
        var other = Rate(plan, Season.NonSummer);
        var cost = Quantity<Money>.Zero;
        var kwh = 0m;
        foreach (var entry in electricity.Entries)
        {
            var energy = Quantity<Energy>.From(entry.Amount, Units.KilowattHour);
            kwh += entry.Amount;
            cost += entry.Month switch
            {
                null => ((energy * summer * 4m) + (energy * other * 8m)) / 12m,
                >= 6 and <= 9 => energy * summer,
                _ => energy * other,
            };
        }

        return new ElectricityCost(kwh, cost, summer, other, plan.NameZh, plan.Version);
    }

    private static EnergyPrice Rate(TariffPlan plan, Season season) =>
        plan.Find(Voltage.Low, season, DayType.Weekday, TouPeriod.Flat)?.Price
        ?? throw new InvalidOperationException($"{plan.Id} has no flat {season} rate.");
}

/// <summary>The electricity energy charge: kWh, NT$, the two rates used (NT$/kWh) and the plan's name and version.</summary>
public sealed record ElectricityCost(decimal Kwh, Quantity<Money> Cost, EnergyPrice Summer, EnergyPrice NonSummer, string PlanNameZh, string PlanVersion);
