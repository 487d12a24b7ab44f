using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tanpan.Documents.Pact;

/// <summary>
/// Imports PACT footprints, v2 (2.x) or v3 (3.0), into <see cref="PactFootprint"/>. Tolerant of the spellings seen in
/// the wild (<see cref="PactSpellings"/>): v2 names inside a v3 document, "GHPG" for "GHGP", "litre". Strict where a
/// figure is at stake: a missing required figure or a decimal written as a JSON number where the schema wants a
/// string is refused with a <see cref="PactFormatException"/> naming the field. Input is bounded.
/// </summary>
public static class PactReader
{
    /// <summary>The largest document read: 4 MiB, far above a footprint (~5 KB) yet a bound on what a client can send.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    /// <summary>Reads one footprint, or the first of <c>{"data": …}</c> / an array.</summary>
    public static PactFootprint Read(string json) => ReadMany(json) is [var first, ..] ? first
        : throw new PactFormatException("data", "沒有任何足跡", "holds no footprint");

    /// <summary>Reads a footprint, an array of footprints, or a PACT response <c>{"data": footprint | [footprints]}</c>.</summary>
    public static IReadOnlyList<PactFootprint> ReadMany(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (Encoding.UTF8.GetByteCount(json) > MaxBytes)
        {
            throw new PactFormatException("", $"檔案超過 {MaxBytes / 1024 / 1024} MiB 上限", $"the document exceeds the {MaxBytes / 1024 / 1024} MiB limit");
        }

        return ReadMany(Parse(json));
    }

    /// <summary>Reads from a UTF-8 stream, refusing more than <paramref name="maxBytes"/> bytes.</summary>
    public static IReadOnlyList<PactFootprint> ReadMany(Stream utf8, int maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        var buffer = new byte[Math.Min(maxBytes, MaxBytes) + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = utf8.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        if (total > maxBytes)
        {
            throw new PactFormatException("", $"檔案超過 {maxBytes} 位元組上限", $"the document exceeds the {maxBytes}-byte limit");
        }

        return ReadMany(Encoding.UTF8.GetString(buffer, 0, total));
    }

    public static IReadOnlyList<PactFootprint> ReadMany(JsonNode root) => root switch
    {
        JsonObject o when o["data"] is JsonArray list => [.. list.Select((item, i) => Read(item as JsonObject, $"data[{i}]."))],
        JsonObject o when o["data"] is JsonObject single => [Read(single, "data.")],
        JsonObject o => [Read(o, "")],
        JsonArray list => [.. list.Select((item, i) => Read(item as JsonObject, $"[{i}]."))],
        _ => throw new PactFormatException("", "須為 JSON 物件或陣列", "must be a JSON object or array"),
    };

    /// <summary>Which shape a document has: its <c>specVersion</c>, else its field names.</summary>
    public static PactVersion VersionOf(JsonObject footprint)
    {
        ArgumentNullException.ThrowIfNull(footprint);
        if (footprint["specVersion"] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            var text = v.GetValue<string>();
            if (text.StartsWith('3'))
            {
                return PactVersion.V3;
            }

            if (text.StartsWith('2'))
            {
                return PactVersion.V2;
            }
        }

        return footprint["pcf"] is JsonObject pcf && (pcf.ContainsKey("declaredUnitOfMeasurement") || pcf.ContainsKey("pcfExcludingBiogenicUptake"))
            ? PactVersion.V3 : PactVersion.V2;
    }

    /// <summary>
    /// Checks an incoming document against its version's schema after the known spelling variants are corrected,
    /// so a v2 document written against the "GHPG" typo validates. Empty when valid.
    /// </summary>
    public static IReadOnlyList<string> Validate(string json)
    {
        var root = Parse(json) as JsonObject ?? throw new PactFormatException("", "須為 JSON 物件", "must be a JSON object");
        var copy = (JsonObject)root.DeepClone();
        PactSpellings.Correct(copy);
        return PactSchemas.Validate(copy, VersionOf(copy));
    }

    private static JsonNode Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: Options) ?? throw new PactFormatException("", "內容是 null", "the document is null");
        }
        catch (JsonException e)
        {
            throw new PactFormatException("", $"不是有效的 JSON（第 {e.LineNumber + 1} 行）", $"not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }
    }

    private static PactFootprint Read(JsonObject? footprint, string prefix)
    {
        if (footprint is null)
        {
            throw new PactFormatException(prefix.TrimEnd('.'), "須為 JSON 物件", "must be a JSON object");
        }

        var copy = (JsonObject)footprint.DeepClone();
        PactSpellings.Correct(copy);
        return PactFootprintMapper.Map(new PactFields(copy, prefix, decimalsAreStrings: true), VersionOf(copy));
    }
}
