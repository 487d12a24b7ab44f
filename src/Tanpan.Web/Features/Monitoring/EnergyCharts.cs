using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace Tanpan.Web.Features.Monitoring;

/// <summary>
/// Server-rendered SVG charts (no script, no external asset): a line for load curves, bars for months with an
/// optional reference line (contract capacity), and an hour × day heat map. Each has role="img", a &lt;title&gt; and a
/// &lt;desc&gt; named by aria-labelledby; the page puts the same figures in a table next to it. Gaps (null) break the line
/// and leave a heat-map cell hatched.
/// </summary>
public static class EnergyCharts
{
    private const int Width = 720;
    private const int Height = 220;
    private const int Left = 56;
    private const int Bottom = 24;
    private const int Top = 10;

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    public static MarkupString Line(string id, string title, string description, IReadOnlyList<double?> values, IReadOnlyList<(int Index, string Label)> ticks,
        string unit)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(ticks);
        var max = Math.Max(1e-9, values.Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max());
        var sb = Open(id, title, description);
        Axis(sb, max, unit);
        var step = (Width - Left - 8) / (double)Math.Max(1, values.Count - 1);
        var points = new List<string>();
        for (var i = 0; i <= values.Count; i++)
        {
            if (i < values.Count && values[i] is { } v)
            {
                points.Add($"{N(Left + (i * step))},{N(Y(v, max))}");
                continue;
            }

            if (points.Count > 0)
            {
                sb.Append(points.Count == 1
                    ? $"<circle cx=\"{points[0].Split(',')[0]}\" cy=\"{points[0].Split(',')[1]}\" r=\"2\" fill=\"#1f6f8b\" />"
                    : $"<polyline fill=\"none\" stroke=\"#1f6f8b\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\" />");
                points.Clear();
            }
        }

        foreach (var (index, label) in ticks)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Left + (index * step))}\" y=\"{Height - 6}\" font-size=\"11\" text-anchor=\"middle\">{E(label)}</text>");
        }

        return Close(sb);
    }

    public static MarkupString Bars(string id, string title, string description, IReadOnlyList<(string Label, double? Value)> bars, string unit,
        double? reference = null, string? referenceLabel = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var max = Math.Max(1e-9, bars.Where(b => b.Value is not null).Select(b => b.Value!.Value).Append(reference ?? 0).Max() * 1.05);
        var sb = Open(id, title, description);
        Axis(sb, max, unit);
        var slot = (Width - Left - 8) / (double)Math.Max(1, bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            var x = Left + (i * slot);
            if (bars[i].Value is { } v)
            {
                var over = reference is { } r && v > r;
                sb.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{N(x + (slot * 0.15))}\" y=\"{N(Y(v, max))}\" width=\"{N(slot * 0.7)}\" height=\"{N(Height - Bottom - Y(v, max))}\" fill=\"{(over ? "#b3362d" : "#1f6f8b")}\"><title>{E(bars[i].Label)}: {N(v)} {E(unit)}</title></rect>");
            }

            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + (slot / 2))}\" y=\"{Height - 6}\" font-size=\"11\" text-anchor=\"middle\">{E(bars[i].Label)}</text>");
        }

        if (reference is { } line)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{Left}\" x2=\"{Width - 8}\" y1=\"{N(Y(line, max))}\" y2=\"{N(Y(line, max))}\" stroke=\"#b3362d\" stroke-dasharray=\"6 4\" />");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - 10}\" y=\"{N(Y(line, max) - 4)}\" font-size=\"11\" text-anchor=\"end\" fill=\"#b3362d\">{E(referenceLabel ?? "")}</text>");
        }

        return Close(sb);
    }

    /// <summary>Rows = days (labelled), columns = hours 0–23; darker = more.</summary>
    public static MarkupString HeatMap(string id, string title, string description, IReadOnlyList<double?> hours, IReadOnlyList<string> dayLabels, string unit)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(dayLabels);
        var max = Math.Max(1e-9, hours.Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max());
        var cell = (Width - Left - 8) / 24.0;
        var rowHeight = 14;
        var height = (dayLabels.Count * rowHeight) + 30;
        var sb = Open(id, title, description, height);
        sb.Append("<defs><pattern id=\"").Append(id).Append("-gap\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\"><path d=\"M0,4 L4,0\" stroke=\"#999\" /></pattern></defs>");
        for (var d = 0; d < dayLabels.Count; d++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{(d * rowHeight) + 11}\" font-size=\"10\" text-anchor=\"end\">{E(dayLabels[d])}</text>");
            for (var h = 0; h < 24; h++)
            {
                var v = hours[(d * 24) + h];
                var fill = v is { } x ? $"rgba(31,111,139,{N(0.08 + (0.92 * x / max))})" : $"url(#{id}-gap)";
                sb.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{N(Left + (h * cell))}\" y=\"{d * rowHeight}\" width=\"{N(cell - 1)}\" height=\"{rowHeight - 1}\" fill=\"{fill}\"><title>{E(dayLabels[d])} {h:00}:00 {(v is { } y ? $"{N(y)} {E(unit)}" : "—")}</title></rect>");
            }
        }

        for (var h = 0; h < 24; h += 3)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Left + (h * cell) + (cell / 2))}\" y=\"{(dayLabels.Count * rowHeight) + 14}\" font-size=\"10\" text-anchor=\"middle\">{h:00}</text>");
        }

        return Close(sb);
    }

    private static double Y(double v, double max) => Top + ((Height - Bottom - Top) * (1 - (v / max)));

    private static StringBuilder Open(string id, string title, string description, int height = Height)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"{id}\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(description)}</desc>");
        return sb;
    }

    private static void Axis(StringBuilder sb, double max, string unit)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Height - Bottom}\" stroke=\"#444\" />");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - 8}\" y1=\"{Height - Bottom}\" y2=\"{Height - Bottom}\" stroke=\"#444\" />");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{Top + 8}\" font-size=\"11\" text-anchor=\"end\">{N(max)}</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{Height - Bottom}\" font-size=\"11\" text-anchor=\"end\">0</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{Top + 8}\" font-size=\"11\">{E(unit)}</text>");
    }

    private static MarkupString Close(StringBuilder sb) => new(sb.Append("</svg>").ToString());
}
