using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs;

/// <summary>
/// The peak-shift simulator (移轉電費試算, seed 000): the energy charge of <c>kWh</c> in one period,
/// and of the same energy spread over other periods by shares. cost before = kWh × rate(from);
/// cost after = Σ kWh × share × rate(to); savings = before − after. Energy charge only, NT$ exact.
/// </summary>
public static class PeakShift
{
    /// <param name="plan">The tariff plan.</param>
    /// <param name="voltage">The contract's voltage; <see langword="null"/> takes the plan's only voltage.</param>
    /// <param name="season">Tariff season.</param>
    /// <param name="day">Day type.</param>
    /// <param name="energy">Energy moved (≥ 0).</param>
    /// <param name="from">Period the energy leaves.</param>
    /// <param name="shares">Where it goes; shares are non-negative, name distinct periods other than <paramref name="from"/>, and sum to exactly 1.</param>
    public static PeakShiftOutcome Simulate(TariffPlan plan, Voltage? voltage, Season season, DayType day, Quantity<Energy> energy, TouPeriod from, IReadOnlyList<ShiftShare> shares)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(shares);
        var problems = new List<Problem>();
        if (energy < Quantity<Energy>.Zero)
        {
            var kwh = KilowattHours.In(energy);
            problems.Add(new Problem("kwh", $"移轉電量不可為負數（{Inv(kwh)}）", $"kWh must not be negative ({Inv(kwh)})"));
        }

        problems.AddRange(CheckShares(from, shares));
        var v = voltage ?? (plan.Voltages.Count == 1 ? plan.Voltages[0] : (Voltage?)null);
        if (v is null || !plan.Voltages.Contains(v.Value))
        {
            var offered = string.Join(", ", plan.Voltages.Select(TariffKeys.Key));
            problems.Add(voltage is null
                ? new Problem("voltage", $"方案 {plan.Id} 有多種電壓，請指定 --voltage（{offered}）", $"plan {plan.Id} has several voltages; give --voltage ({offered})")
                : new Problem("voltage", $"方案 {plan.Id} 沒有{TariffKeys.Key(voltage.Value)}電壓的費率（只有 {offered}）",
                    $"plan {plan.Id} has no {TariffKeys.Key(voltage.Value)} voltage rates (only {offered})"));
            return new PeakShiftOutcome(null, problems);
        }

        var fromRate = plan.Find(v.Value, season, day, from);
        foreach (var period in shares.Select(s => s.Period).Prepend(from).Distinct().Where(p => plan.Find(v.Value, season, day, p) is null))
        {
            var offered = string.Join(", ", plan.Periods(v.Value, season, day).Select(TariffKeys.Key));
            var when = $"{TariffKeys.Key(season)} {TariffKeys.Key(day)}";
            problems.Add(new Problem(period == from ? "from" : "to",
                $"方案 {plan.Id} 在 {when} 沒有 {TariffKeys.Key(period)} 時段（有：{(offered.Length > 0 ? offered : "無")}）",
                $"plan {plan.Id} has no {TariffKeys.Key(period)} period on {when} (it has: {(offered.Length > 0 ? offered : "none")})"));
        }

        if (problems.Count > 0 || fromRate is null)
        {
            return new PeakShiftOutcome(null, problems);
        }

        var legs = shares.Select(s =>
        {
            var rate = plan.Find(v.Value, season, day, s.Period)!.Price;
            var moved = energy * s.Share;
            return new ShiftLeg(s.Period, s.Share, moved, rate, moved * rate);
        }).ToList();
        var before = energy * fromRate.Price;
        var after = legs.Aggregate(Quantity<Money>.Zero, (sum, leg) => sum + leg.Cost);
        return new PeakShiftOutcome(new PeakShiftResult(plan.Id, plan.Version, v.Value, season, day, energy, from, fromRate.Price, legs, before, after), []);
    }

    private static IEnumerable<Problem> CheckShares(TouPeriod from, IReadOnlyList<ShiftShare> shares)
    {
        if (shares.Count == 0)
        {
            yield return new Problem("to", "請指定移轉目標時段，例如 semi_peak=0.8,off_peak=0.2", "give the periods to shift to, e.g. semi_peak=0.8,off_peak=0.2");
            yield break;
        }

        foreach (var s in shares.Where(s => s.Share < 0 || s.Share > 1))
        {
            yield return new Problem("to", $"{TariffKeys.Key(s.Period)} 的比例須介於 0 與 1 之間（{Inv(s.Share)}）", $"the share of {TariffKeys.Key(s.Period)} must be between 0 and 1 ({Inv(s.Share)})");
        }

        foreach (var p in shares.GroupBy(s => s.Period).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            yield return new Problem("to", $"時段 {TariffKeys.Key(p)} 重複", $"period {TariffKeys.Key(p)} is given more than once");
        }

        if (shares.Any(s => s.Period == from))
        {
            yield return new Problem("to", $"不能移轉到原時段 {TariffKeys.Key(from)}", $"cannot shift into the period it leaves ({TariffKeys.Key(from)})");
        }

        var sum = shares.Sum(s => s.Share);
        if (sum != 1m)
        {
            yield return new Problem("to", $"各時段比例合計須為 1（目前為 {Inv(sum)}）", $"the shares must sum to 1 (they sum to {Inv(sum)})");
        }
    }

    private static string Inv(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
