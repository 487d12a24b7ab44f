using System.Globalization;
using System.Text.Json.Nodes;

namespace Tanpan.Documents.Pact;

/// <summary>How PACT writes numbers and instants: decimals as JSON strings in plain notation (PACT v3.0 "Decimal";
/// PACT ADR 0039), instants as RFC 3339 UTC.</summary>
internal static class PactJson
{
    /// <summary>Plain invariant notation without trailing zeros: 0.350 → "0.35", 2 → "2", −1.5 → "-1.5".</summary>
    public static string Decimal(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static JsonValue DecimalString(decimal value) => JsonValue.Create(Decimal(value));

    /// <summary>A JSON number with the same digits (v2's <c>exemptedEmissionsPercent</c>, <c>primaryDataShare</c>, DQRs).</summary>
    public static JsonNode Number(decimal value) => JsonNode.Parse(Decimal(value))!;

    public static string Instant(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    public static JsonArray Sources(IEnumerable<PactEmissionFactorSource> sources) =>
        new([.. sources.Select(s => (JsonNode)new JsonObject { ["name"] = s.Name, ["version"] = s.Version })]);

    public static void Geography(JsonObject pcf, PactGeography geography)
    {
        switch (geography.Kind)
        {
            case PactGeographyKind.RegionOrSubregion:
                pcf["geographyRegionOrSubregion"] = geography.Code;
                break;
            case PactGeographyKind.Country:
                pcf["geographyCountry"] = geography.Code;
                break;
            case PactGeographyKind.CountrySubdivision:
                pcf["geographyCountrySubdivision"] = geography.Code;
                break;
            case PactGeographyKind.Global:
            default:
                break;
        }
    }
}
