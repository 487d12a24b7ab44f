using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tanpan.Documents.Pact;

/// <summary>
/// Exports a <see cref="PactFootprint"/> as PACT JSON (v2 written as 2.3.0, v3 as 3.0.0). Every document is checked
/// against the shipped schema before it leaves, so an export that does not validate is refused, never sent.
/// </summary>
public static class PactWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The footprint as a JSON object; throws <see cref="PactFormatException"/> when the version cannot carry it.</summary>
    public static JsonObject ToJson(PactFootprint footprint, PactVersion version)
    {
        var json = version == PactVersion.V2 ? PactV2Writer.Write(footprint) : PactV3Writer.Write(footprint);
        var problems = PactSchemas.Validate(json, version);
        if (problems.Count > 0)
        {
            throw new PactFormatException("", $"輸出不符合 PACT {(int)version} 結構描述：{problems[0]}", $"the export does not match the PACT {(int)version} schema: {string.Join("; ", problems)}");
        }

        return json;
    }

    public static string Write(PactFootprint footprint, PactVersion version, bool indented = false) =>
        ToJson(footprint, version).ToJsonString(indented ? Indented : null);
}
