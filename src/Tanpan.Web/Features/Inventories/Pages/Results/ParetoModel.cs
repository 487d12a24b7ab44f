namespace Tanpan.Web.Features.Inventories.Pages.Results;

/// <summary>
/// The Pareto chart of hotspots as geometry: one bar per source, largest first (at most <see cref="MaxBars"/>;
/// the rest are one last "others" bar), and the cumulative share as a line ending at 100 %.
/// </summary>
public sealed class ParetoModel
{
    public const int MaxBars = 20;
    public const double Width = 720, Height = 300, Left = 84, Right = 48, Top = 16, Bottom = 36;

    public ParetoModel(IReadOnlyList<SourceResult> sources, Func<SourceResult, string> name, Func<int, string> others)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(others);
        var items = sources.Take(sources.Count > MaxBars ? MaxBars - 1 : MaxBars).Select(s => (Label: name(s), s.Kilograms, Source: (SourceResult?)s)).ToList();
        if (sources.Count > MaxBars)
        {
            items.Add((others(sources.Count - items.Count), sources.Skip(items.Count).Sum(s => s.Kilograms), null));
        }

        var total = items.Sum(i => i.Kilograms);
        var max = items.Count == 0 ? 0m : items.Max(i => i.Kilograms);
        var slot = PlotWidth / Math.Max(items.Count, 1);
        var cumulative = 0m;
        Bars = [.. items.Select((item, i) =>
        {
            cumulative += item.Kilograms;
            var height = max == 0m ? 0 : (double)(item.Kilograms / max) * PlotHeight;
            var share = total == 0m ? 0m : cumulative / total;
            return new ParetoBar(i + 1, item.Label, item.Source, item.Kilograms, share,
                Left + (i * slot) + (slot * 0.15), Top + PlotHeight - height, slot * 0.7, height,
                Left + ((i + 0.5) * slot), Top + PlotHeight - ((double)share * PlotHeight));
        })];
        TotalKilograms = total;
        MaxKilograms = max;
    }

    public static double PlotWidth => Width - Left - Right;

    public static double PlotHeight => Height - Top - Bottom;

    public IReadOnlyList<ParetoBar> Bars { get; }

    public decimal TotalKilograms { get; }

    public decimal MaxKilograms { get; }

    /// <summary>The y of a cumulative share (0–1) on the right axis.</summary>
    public static double ShareY(double share) => Top + PlotHeight - (share * PlotHeight);
}

/// <summary>One bar: rank, label, its source (null for "others"), kilograms, cumulative share (0–1) and geometry.</summary>
public sealed record ParetoBar(
    int Rank, string Label, SourceResult? Source, decimal Kilograms, decimal CumulativeShare,
    double X, double Y, double BarWidth, double BarHeight, double PointX, double PointY);
