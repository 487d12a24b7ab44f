namespace Tanpan.Documents.Pact;

/// <summary>
/// Cross-sectoral standards between the v3 tokens and v2's older names (v2.3 CarbonFootprint: the deprecated but
/// still required <c>crossSectoralStandardsUsed</c> enum, and the newer <c>crossSectoralStandards</c> enum).
/// </summary>
internal static class PactStandards
{
    private static readonly (string Token, string V2Name)[] V2Names =
    [
        ("GHGP-Product", "GHG Protocol Product standard"),
        ("ISO14067", "ISO Standard 14067"),
        ("ISO14040-44", "ISO Standard 14044"),
    ];

    /// <summary>The tokens v2.3's <c>crossSectoralStandards</c> enum accepts.</summary>
    private static readonly string[] V2Tokens = ["ISO14067", "ISO14083", "ISO14040-44", "GHGP-Product", "PEF", "PACT-1.0", "PACT-2.0", "PACT-3.0"];

    public static IReadOnlyList<string> ToV2Names(IEnumerable<string> tokens) =>
        [.. tokens.SelectMany(t => V2Names.Where(n => n.Token == t).Select(n => n.V2Name)).Distinct()];

    public static IReadOnlyList<string> ToV2Tokens(IEnumerable<string> tokens) => [.. tokens.Where(V2Tokens.Contains).Distinct()];

    /// <summary>A v2 name (case forgiven) as its v3 token; anything else is kept as written.</summary>
    public static string FromV2Name(string name) =>
        V2Names.FirstOrDefault(n => string.Equals(n.V2Name, name.Trim(), StringComparison.OrdinalIgnoreCase)).Token ?? name.Trim();
}
