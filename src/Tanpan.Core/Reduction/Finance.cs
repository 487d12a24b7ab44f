namespace Tanpan.Core.Reduction;

/// <summary>
/// Discounted cash flow helpers for a measure: flows are NT$ per year, index 0 at the start (the net
/// investment, negative), 1…n the yearly savings. NPV = Σ CFₜ / (1 + r)ᵗ; IRR is the r with NPV = 0,
/// found by bisection on [−0.99, 10] (−99 % to 1,000 % a year). Textbook definitions, e.g. Brealey,
/// Myers &amp; Allen, <i>Principles of Corporate Finance</i>, ch. 2 and 5.
/// </summary>
public static partial class Finance
{
    private const decimal LowRate = -0.99m;
    private const decimal HighRate = 10m;

    /// <summary>Net present value of <paramref name="flows"/> at <paramref name="rate"/> (a fraction, e.g. 0.05).</summary>
    public static decimal Npv(decimal rate, IReadOnlyList<decimal> flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(rate, -1m);
        var total = 0m;
        var discount = 1m;
        foreach (var flow in flows)
        {
            total += flow / discount;
            discount *= 1m + rate;
        }

        return total;
    }

    /// <summary>
    /// Internal rate of return, to 1e-9, or <see langword="null"/> when there is none: the flows never
    /// turn positive, are all of one sign, or NPV has no sign change between −99 % and 1,000 %.
    /// </summary>
    public static decimal? Irr(IReadOnlyList<decimal> flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        if (!flows.Any(f => f > 0) || !flows.Any(f => f < 0))
        {
            return null;
        }

        decimal low = LowRate, high = HighRate;
        var npvLow = BoundedNpv(low, flows);
        if (Math.Sign(npvLow) == Math.Sign(BoundedNpv(high, flows)))
        {
            return null;
        }

        for (var i = 0; i < 200 && high - low > 0.000000001m; i++)
        {
            var mid = (low + high) / 2m;
            var npvMid = BoundedNpv(mid, flows);
            if (Math.Sign(npvMid) == Math.Sign(npvLow))
            {
                low = mid;
                npvLow = npvMid;
            }
            else
            {
                high = mid;
            }
        }

        return (low + high) / 2m;
    }

    /// <summary>
    /// NPV for the bisection: near −99 % the discount (1 + r)ᵗ underflows and a long series of large flows no longer fits
    /// a decimal; there the last non-zero flow dominates, so its sign (at the largest magnitude) stands for the NPV.
    /// </summary>
    private static decimal BoundedNpv(decimal rate, IReadOnlyList<decimal> flows)
    {
        try
        {
            return Npv(rate, flows);
        }
        catch (OverflowException)
        {
            return flows.Last(f => f != 0m) > 0m ? decimal.MaxValue : decimal.MinValue;
        }
    }

    /// <summary>The flows of a measure: −(investment − subsidy) now, then <paramref name="annualSavings"/> for <paramref name="years"/> years.</summary>
    public static IReadOnlyList<decimal> Flows(decimal netInvestment, decimal annualSavings, int years) =>
        [-netInvestment, .. Enumerable.Repeat(annualSavings, years)];

    /// <summary>Simple payback in years: net investment / annual savings; null when savings are not positive.</summary>
    public static decimal? SimplePayback(decimal netInvestment, decimal annualSavings) =>
        annualSavings > 0 ? netInvestment / annualSavings : null;
}
