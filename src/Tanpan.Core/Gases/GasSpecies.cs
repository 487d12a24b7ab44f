namespace Tanpan.Core.Gases;

/// <summary>
/// Gas species ids as used in the GWP table (<c>CO2</c>, <c>CH4</c>, <c>N2O</c>, <c>HFC134a</c>,
/// <c>HFC227ea</c>, <c>SF6</c>, <c>CF4</c> …) and their reporting group.
/// </summary>
public static class GasSpecies
{
    public const string CO2 = "CO2";
    public const string CH4 = "CH4";
    public const string N2O = "N2O";

    private static readonly HashSet<string> Perfluorocarbons = new(StringComparer.Ordinal)
    {
        "CF4", "C2F6", "C3F8", "cC4F8", "C4F10", "C6F14",
    };

    /// <summary>The group a species is reported under; null for gases outside the seven (e.g. HCFC-22).</summary>
    public static GasGroup? GroupOf(string species)
    {
        ArgumentNullException.ThrowIfNull(species);
        return species switch
        {
            CO2 => GasGroup.CO2,
            CH4 or "CH4_fossil" or "CH4_non_fossil" => GasGroup.CH4,
            N2O => GasGroup.N2O,
            "SF6" => GasGroup.SF6,
            "NF3" => GasGroup.NF3,
            _ when species.StartsWith("HFC", StringComparison.Ordinal) => GasGroup.HFCs,
            _ when Perfluorocarbons.Contains(species) => GasGroup.PFCs,
            _ => null,
        };
    }

    /// <summary>Display name: HFC134a → HFC-134a.</summary>
    public static string Display(string species)
    {
        ArgumentNullException.ThrowIfNull(species);
        foreach (var prefix in (string[])["HCFC", "HFC"])
        {
            if (species.StartsWith(prefix, StringComparison.Ordinal) && species.Length > prefix.Length && char.IsDigit(species[prefix.Length]))
            {
                return prefix + "-" + species[prefix.Length..];
            }
        }

        return species;
    }
}
