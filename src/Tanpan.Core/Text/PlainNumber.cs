using System.Globalization;

namespace Tanpan.Core.Text;

/// <summary>
/// Numbers for documents a person reads: plain positional notation (0.000021101472, never 2.1101472E-05) with a
/// fixed number of significant figures, trailing zeros dropped.
/// </summary>
public static class PlainNumber
{
    /// <summary>
    /// <paramref name="value"/> rounded half away from zero to <paramref name="digits"/> significant figures (1–28),
    /// written without an exponent in the invariant culture.
    /// </summary>
    public static string Significant(decimal value, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 28);
        if (value == 0m)
        {
            return "0";
        }

        var magnitude = Magnitude(Math.Abs(value));
        var decimals = digits - 1 - magnitude;
        decimal rounded;
        if (decimals >= 0)
        {
            rounded = Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        }
        else
        {
            var unit = Pow10(-decimals);
            rounded = Math.Round(value / unit, MidpointRounding.AwayFromZero) * unit;
        }

        return rounded.ToString("0.############################", CultureInfo.InvariantCulture);
    }

    /// <summary>The power of ten of the leading digit: 0 for 1–9.99…, −5 for 0.0000211.</summary>
    private static int Magnitude(decimal positive)
    {
        var magnitude = 0;
        while (positive >= 10m)
        {
            positive /= 10m;
            magnitude++;
        }

        while (positive < 1m)
        {
            positive *= 10m;
            magnitude--;
        }

        return magnitude;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
