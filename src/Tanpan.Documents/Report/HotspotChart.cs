using System.Globalization;
using SkiaSharp;

namespace Tanpan.Documents.Report;

/// <summary>
/// The report's hotspot chart: a PNG of horizontal bars, largest source first, labelled with the
/// source number (S01 …) and its tonnes and share. Names stay in the caption table under the image,
/// so the picture needs no CJK font; digits use the first font found (<see cref="Typeface"/>) and the
/// bars are drawn even when none is.
/// </summary>
public static class HotspotChart
{
    public const int Width = 1200;
    private const int BarHeight = 40;
    private const int Gap = 14;
    private const int Margin = 30;
    private const int LabelWidth = 100;
    private const int ValueWidth = 380;

    private static readonly string[] FontFiles =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    ];

    private static readonly Lazy<SKTypeface?> Font = new(FindTypeface);

    /// <summary>The typeface the labels are drawn with, or null when the machine has none of the known fonts.</summary>
    public static SKTypeface? Typeface => Font.Value;

    public static int HeightFor(int bars) => (2 * Margin) + (Math.Max(1, bars) * (BarHeight + Gap)) - Gap;

    /// <summary>Renders the bars; <paramref name="unit"/> is written after each value (tonnes by default; the product report uses kg per declared unit).</summary>
    public static byte[] Render(IReadOnlyList<(string Label, decimal Tonnes, decimal Share)> bars, CultureInfo culture, string unit = "t")
    {
        ArgumentNullException.ThrowIfNull(bars);
        var height = HeightFor(bars.Count);
        using var surface = SKSurface.Create(new SKImageInfo(Width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Tonnes);
        var barSpace = Width - (2 * Margin) - LabelWidth - ValueWidth;
        using var fill = new SKPaint { Color = new SKColor(0x2E, 0x75, 0xB6), IsAntialias = true };
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var font = Typeface is { } t ? new SKFont(t, 22) : null;
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, tonnes, share) = bars[i];
            var top = Margin + (i * (BarHeight + Gap));
            var length = max <= 0 ? 0 : (float)(tonnes / max) * barSpace;
            canvas.DrawRect(Margin + LabelWidth, top, Math.Max(length, 2), BarHeight, fill);
            if (font is not null)
            {
                var baseline = top + (BarHeight / 2f) + 8;
                canvas.DrawText(label, Margin, baseline, SKTextAlign.Left, font, ink);
                canvas.DrawText(
                    string.Create(culture, $"{tonnes:N1} {unit}  ({share:P1})"), Margin + LabelWidth + length + 16, baseline, SKTextAlign.Left, font, ink);
            }
        }

        // A chart of flat colours compresses well at a low zlib level; the default level costs most of a report's time.
        using var pixels = surface.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, zLibLevel: 1));
        return png?.ToArray() ?? throw new InvalidOperationException("SkiaSharp could not encode the chart as PNG.");
    }

    private static SKTypeface? FindTypeface()
    {
        foreach (var file in FontFiles.Where(File.Exists))
        {
            var typeface = SKTypeface.FromFile(file);
            if (typeface is not null)
            {
                return typeface;
            }
        }

        var fallback = SKTypeface.Default;
        return fallback is not null && fallback.GlyphCount > 0 ? fallback : null;
    }
}
