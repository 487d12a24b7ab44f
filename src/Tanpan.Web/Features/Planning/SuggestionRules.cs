namespace Tanpan.Web.Features.Planning;

/// <summary>
/// Which measures apply to an emission source, by its material (then its source type), with the share of the source's
/// emissions (and energy) each typically saves: the low and high ends of the range shown. The mapping and where each
/// share comes from are in docs/planning.md ("Hotspot suggestions").
/// </summary>
public static class SuggestionRules
{
    /// <summary>A measure for a source: its kind (a measure calculator) and the share of the source it typically saves, 0–1.</summary>
    public sealed record Rule(string Measure, decimal LowShare, decimal HighShare);

    private static readonly Rule[] Electricity =
    [
        new("air-compressor", 0.03m, 0.10m), new("vsd", 0.02m, 0.08m), new("chiller", 0.02m, 0.10m),
        new("led", 0.01m, 0.05m), new("ie4-motor", 0.01m, 0.04m), new("rooftop-pv", 0.03m, 0.15m),
    ];

    private static readonly Rule[] HeavyFuel =
    [
        new("fuel-switch", 0.20m, 0.40m), new("boiler", 0.05m, 0.20m), new("waste-heat", 0.05m, 0.15m),
    ];

    private static readonly Rule[] Gas =
    [
        new("boiler", 0.05m, 0.20m), new("waste-heat", 0.05m, 0.15m), new("heat-pump", 0.20m, 0.50m),
    ];

    private static readonly Rule[] Refrigerant = [new("custom", 0.30m, 0.70m)];

    private static readonly Rule[] Other = [new("custom", 0.05m, 0.15m)];

    /// <summary>The rules for a source of <paramref name="materialKey"/> and <paramref name="sourceType"/> (keys as in the results).</summary>
    public static IReadOnlyList<Rule> For(string materialKey, string sourceType)
    {
        ArgumentNullException.ThrowIfNull(materialKey);
        return materialKey switch
        {
            "electricity" => Electricity,
            "fuel_oil" or "diesel" or "kerosene" or "petroleum_coke" or "lpg" when sourceType == "stationary" => HeavyFuel,
            _ when sourceType == "stationary" && (materialKey.Contains("coal", StringComparison.Ordinal) || materialKey is "anthracite" or "lignite" or "coke")
                => HeavyFuel,
            "natural_gas" or "natural_gas_ng2" or "lng" or "cng" when sourceType == "stationary" => Gas,
            _ when materialKey.StartsWith("R-", StringComparison.Ordinal) => Refrigerant,
            _ => Other,
        };
    }
}
