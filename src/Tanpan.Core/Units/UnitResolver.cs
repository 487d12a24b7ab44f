using Tanpan.Core.Text;

namespace Tanpan.Core.Units;

/// <summary>
/// Reads a unit as written on a bill for a given kind of material. <c>度</c> is a kWh on a Taipower
/// bill and a cubic metre on a piped-gas bill (the gas utilities' own convention: 1 度 = 1 m³); for
/// any other material it is rejected rather than guessed.
/// </summary>
public static class UnitResolver
{
    private static readonly string Du = TextKey.Normalize("度");
    private static readonly string ThousandDu = TextKey.Normalize("千度");
    private static readonly string MillionDu = TextKey.Normalize("百萬度");

    /// <summary>Resolves <paramref name="text"/>; null when the spelling is unknown or 度 does not fit the material.</summary>
    /// <param name="text">The unit as typed.</param>
    /// <param name="duMeaning">What 度 means for this material: an energy unit, a volume unit, or neither.</param>
    public static Unit? Resolve(string? text, Dimension? duMeaning)
    {
        if (text is null)
        {
            return null;
        }

        var key = TextKey.Normalize(text);
        var scale = key == Du ? 1 : key == ThousandDu ? 1000 : key == MillionDu ? 1_000_000 : 0;
        if (scale == 0)
        {
            return Units.Find(text);
        }

        return (duMeaning, scale) switch
        {
            (Dimension.Energy, 1) => Units.KilowattHour,
            (Dimension.Energy, 1000) => Units.MegawattHour,
            (Dimension.Energy, _) => Units.GigawattHour,
            (Dimension.Volume, 1) => Units.CubicMetre,
            (Dimension.Volume, 1000) => Units.ThousandCubicMetres,
            _ => null,
        };
    }

    /// <summary>True when the text is one of the 度 spellings.</summary>
    public static bool IsDu(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var key = TextKey.Normalize(text);
        return key == Du || key == ThousandDu || key == MillionDu;
    }
}
