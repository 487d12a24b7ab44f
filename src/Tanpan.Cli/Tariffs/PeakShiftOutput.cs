using Tanpan.Core.Tariffs;
using Tanpan.Core.Units;

namespace Tanpan.Cli.Tariffs;

/// <summary>The JSON form of a peak-shift estimate: the kWh moved, the rate it leaves and each period it goes to with its share and cost.</summary>
internal sealed record PeakShiftOutput : ShiftOutput
{
    public PeakShiftOutput(PeakShiftResult r)
        : base(r.PlanId, r.PlanVersion, r.Voltage, r.Season, r.Day, r.CostBefore, r.CostAfter)
    {
        Kwh = KilowattHours.In(r.Energy);
        From = TariffKeys.Key(r.From);
        FromNtdPerKwh = r.FromPrice.NtdPerKwh;
        To = [.. r.To.Select(l => new ShareLeg(TariffKeys.Key(l.Period), l.Share, KilowattHours.In(l.Energy), l.Price.NtdPerKwh, l.Cost.BaseValue))];
    }

    public decimal Kwh { get; }

    public string From { get; }

    public decimal FromNtdPerKwh { get; }

    public IReadOnlyList<ShareLeg> To { get; }

    internal sealed record ShareLeg(string Period, decimal Share, decimal Kwh, decimal NtdPerKwh, decimal CostNtd);
}
