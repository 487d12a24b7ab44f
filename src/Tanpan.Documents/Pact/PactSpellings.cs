using System.Text.Json.Nodes;

namespace Tanpan.Documents.Pact;

/// <summary>
/// Known misspellings corrected on import. "GHPG": the enum typo for the GHG Protocol biogenic accounting methodology
/// in the v2 data-model schema of sine-fdn/pact-data-model, where the v2.3 schema and the reference fixture say "GHGP".
/// </summary>
internal static class PactSpellings
{
    public static void Correct(JsonObject footprint)
    {
        if (footprint["pcf"] is JsonObject pcf
            && pcf["biogenicAccountingMethodology"] is JsonValue method
            && method.TryGetValue<string>(out var text)
            && string.Equals(text, "GHPG", StringComparison.OrdinalIgnoreCase))
        {
            pcf["biogenicAccountingMethodology"] = "GHGP";
        }
    }
}
