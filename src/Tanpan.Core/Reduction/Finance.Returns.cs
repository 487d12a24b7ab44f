namespace Tanpan.Core.Reduction;

/// <summary>
/// IRR with its count, discounted payback and MIRR. Definitions as Microsoft Excel's IRR and MIRR functions
/// (support.microsoft.com, "IRR function", "MIRR function"); multiple IRRs as in Brealey, Myers &amp; Allen,
/// <i>Principles of Corporate Finance</i>, ch. 5 ("Pitfall 2 — multiple rates of return").
/// </summary>
public static partial class Finance
{
    private const int ScanSteps = 2_000;

    /// <summary>
    /// Every IRR between −99 % and 1,000 %: the sign changes of the flows are counted (Descartes: at most that many roots);
    /// with one, the bisection of <see cref="Irr"/>; with more, NPV is scanned on a grid (0.1 % steps up to 100 %, then 1 %)
    /// and each bracket where it changes sign is bisected.
    /// </summary>
    public static IrrAnalysis AnalyseIrr(IReadOnlyList<decimal> flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var signs = flows.Where(f => f != 0m).Select(Math.Sign).ToList();
        var changes = signs.Zip(signs.Skip(1)).Count(p => p.First != p.Second);
        if (changes == 0)
        {
            return new IrrAnalysis(IrrStatus.None, [], 0);
        }

        if (changes == 1)
        {
            return Irr(flows) is { } irr ? new IrrAnalysis(IrrStatus.One, [irr], 1) : new IrrAnalysis(IrrStatus.None, [], 1);
        }

        var roots = new List<decimal>();
        var grid = Grid().ToList();
        var npvs = grid.Select(r => BoundedNpv(r, flows)).ToList();
        for (var i = 0; i + 1 < grid.Count; i++)
        {
            if (npvs[i] == 0m)
            {
                roots.Add(grid[i]);
            }
            else if (Math.Sign(npvs[i]) == -Math.Sign(npvs[i + 1]))
            {
                roots.Add(Bisect(flows, grid[i], grid[i + 1], npvs[i]));
            }
        }

        return roots.Count switch
        {
            0 => new IrrAnalysis(IrrStatus.None, [], changes),
            1 => new IrrAnalysis(IrrStatus.One, roots, changes),
            _ => new IrrAnalysis(IrrStatus.Several, roots, changes),
        };
    }

    /// <summary>
    /// Years until the cumulative discounted flows turn non-negative, interpolated linearly within the year in which they
    /// do; <see langword="null"/> when they do not within the flows given.
    /// </summary>
    public static decimal? DiscountedPayback(decimal rate, IReadOnlyList<decimal> flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var discounted = new List<decimal>(flows.Count);
        var factor = 1m;
        foreach (var flow in flows)
        {
            discounted.Add(flow / factor);
            factor *= 1m + rate;
        }

        return Payback(discounted);
    }

    /// <summary>
    /// Modified IRR as Excel's MIRR: ((FV of the positive flows at <paramref name="reinvestRate"/>) ÷ (−PV of the negative
    /// flows at <paramref name="financeRate"/>))^(1/(n − 1)) − 1, n the number of flows; <see langword="null"/> without
    /// both a positive and a negative flow.
    /// </summary>
    public static decimal? Mirr(IReadOnlyList<decimal> flows, decimal financeRate, decimal reinvestRate)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var n = flows.Count;
        if (n < 2 || !flows.Any(f => f > 0m) || !flows.Any(f => f < 0m))
        {
            return null;
        }

        var future = 0m;
        var present = 0m;
        for (var t = 0; t < n; t++)
        {
            if (flows[t] > 0m)
            {
                future += flows[t] * Power(1m + reinvestRate, n - 1 - t);
            }
            else
            {
                present += flows[t] / Power(1m + financeRate, t);
            }
        }

        return (decimal)(Math.Pow((double)(future / -present), 1.0 / (n - 1)) - 1.0);
    }

    /// <summary>Years until the cumulative flows turn non-negative (linear within the year), or null.</summary>
    internal static decimal? Payback(IReadOnlyList<decimal> flows)
    {
        var cumulative = flows.Count > 0 ? flows[0] : 0m;
        if (cumulative >= 0m)
        {
            return 0m;
        }

        for (var t = 1; t < flows.Count; t++)
        {
            var next = cumulative + flows[t];
            if (next >= 0m)
            {
                return t - 1 + (-cumulative / flows[t]);
            }

            cumulative = next;
        }

        return null;
    }

    private static IEnumerable<decimal> Grid()
    {
        for (var i = 0; i <= ScanSteps; i++)
        {
            yield return LowRate + (1m - LowRate) * i / ScanSteps;
        }

        for (var i = 1; i <= 900; i++)
        {
            yield return 1m + i * 0.01m;
        }
    }

    private static decimal Bisect(IReadOnlyList<decimal> flows, decimal low, decimal high, decimal npvLow)
    {
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

    private static decimal Power(decimal x, int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= x;
        }

        return result;
    }
}
