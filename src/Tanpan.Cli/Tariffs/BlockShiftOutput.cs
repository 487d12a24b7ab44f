using Tanpan.Core.Tariffs;
using Tanpan.Core.Units;

namespace Tanpan.Cli.Tariffs;

/// <summary>The JSON form of a load-block shift: the block, its windows and days, and each period's hours, kWh, rate and cost before and after.</summary>
internal sealed record BlockShiftOutput : ShiftOutput
{
    public BlockShiftOutput(BlockShiftResult r)
        : base(r.PlanId, r.PlanVersion, r.Voltage, r.Season, r.Day, r.CostBefore, r.CostAfter)
    {
        BlockKw = r.Kw;
        Window = r.FromWindow;
        ToWindow = r.ToWindow;
        Days = r.Days;
        Kwh = KilowattHours.In(r.Energy);
        Before = [.. r.Before.Select(HoursLeg.From)];
        After = [.. r.After.Select(HoursLeg.From)];
    }

    public decimal BlockKw { get; }

    public string Window { get; }

    public string ToWindow { get; }

    public int Days { get; }

    public decimal Kwh { get; }

    public IReadOnlyList<HoursLeg> Before { get; }

    public IReadOnlyList<HoursLeg> After { get; }

    internal sealed record HoursLeg(string Period, decimal Hours, decimal Kwh, decimal NtdPerKwh, decimal CostNtd)
    {
        public static HoursLeg From(BlockLeg l) => new(TariffKeys.Key(l.Period), l.Hours, KilowattHours.In(l.Energy), l.Price.NtdPerKwh, l.Cost.BaseValue);
    }
}
