using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Tanpan.Documents.Pact;

/// <summary>
/// Typed access to one JSON object of a footprint, looking each field up by its v3 name and then by the older names
/// listed after it; every failure names the JSON path.
/// </summary>
internal sealed partial class PactFields(JsonObject node, string prefix, bool decimalsAreStrings)
{
    public string PathOf(string name) => prefix + name;

    public (string Name, JsonNode Value)? Find(params string[] names)
    {
        foreach (var name in names)
        {
            if (node.TryGetPropertyValue(name, out var value) && value is not null)
            {
                return (name, value);
            }
        }

        return null;
    }

    public JsonNode Required(params string[] names) =>
        Find(names)?.Value ?? throw new PactFormatException(PathOf(names[0]), "缺少必要欄位", "is required but missing");

    public string Text(params string[] names) => AsText(names[0], Required(names));

    public string? OptionalText(params string[] names) => Find(names) is { } f ? AsText(f.Name, f.Value) : null;

    public Guid Guid(string name) =>
        System.Guid.TryParse(Text(name), out var id) ? id : throw new PactFormatException(PathOf(name), "須為 UUID", "must be a UUID");

    public DateTimeOffset Instant(params string[] names) => ParseInstant(names[0], Text(names));

    public DateTimeOffset? OptionalInstant(string name) => OptionalText(name) is { } text ? ParseInstant(name, text) : null;

    /// <summary>A decimal written as a JSON string ("1.85"); where <c>decimalsAreStrings</c> is off a number is accepted too.</summary>
    public decimal Decimal(params string[] names) => Find(names) is { } f ? AsDecimal(f.Name, f.Value, decimalsAreStrings)
        : throw new PactFormatException(PathOf(names[0]), "缺少必要欄位", "is required but missing");

    public decimal? OptionalDecimal(params string[] names) => Find(names) is { } f ? AsDecimal(f.Name, f.Value, decimalsAreStrings) : null;

    /// <summary>A figure v2 writes as a JSON number (percentages, DQRs): a number or a decimal string is accepted.</summary>
    public decimal? OptionalNumber(params string[] names) => Find(names) is { } f ? AsDecimal(f.Name, f.Value, stringRequired: false) : null;

    public IReadOnlyList<string> Strings(params string[] names) => Find(names) is { } f ? AsStrings(f.Name, f.Value) : [];

    public bool Flag(string name) => Find(name)?.Value is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    public PactFields? Object(params string[] names) => Find(names) switch
    {
        null => null,
        ({ } name, JsonObject o) => new PactFields(o, PathOf(name) + ".", decimalsAreStrings),
        ({ } name, _) => throw new PactFormatException(PathOf(name), "須為 JSON 物件", "must be a JSON object"),
    };

    public IEnumerable<PactFields> Objects(string name) => Find(name)?.Value is JsonArray array
        ? array.OfType<JsonObject>().Select((o, i) => new PactFields(o, $"{PathOf(name)}[{i}].", decimalsAreStrings))
        : [];

    private string AsText(string name, JsonNode value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>()
            : throw new PactFormatException(PathOf(name), "須為文字", "must be a JSON string");

    private DateTimeOffset ParseInstant(string name, string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) && text.Contains('T', StringComparison.Ordinal)
            ? instant
            : throw new PactFormatException(PathOf(name), $"「{text}」不是 RFC 3339 日期時間", $"'{text}' is not an RFC 3339 date-time");

    private decimal AsDecimal(string name, JsonNode value, bool stringRequired)
    {
        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            var text = v.GetValue<string>().Trim();
            return DecimalPattern().IsMatch(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
                : throw new PactFormatException(PathOf(name), $"「{text}」不是十進位數字", $"'{text}' is not a decimal number");
        }

        if (value is JsonValue n && n.GetValueKind() == JsonValueKind.Number)
        {
            if (stringRequired)
            {
                throw new PactFormatException(PathOf(name), $"數值須寫成 JSON 字串，例如 \"{n.ToJsonString()}\"", $"a decimal must be written as a JSON string, e.g. \"{n.ToJsonString()}\"");
            }

            return n.TryGetValue<decimal>(out var d) ? d
                : throw new PactFormatException(PathOf(name), "數值超出範圍", "the number is out of range");
        }

        throw new PactFormatException(PathOf(name), "須為十進位數字", "must be a decimal number");
    }

    private List<string> AsStrings(string name, JsonNode value) => value switch
    {
        JsonArray array => [.. array.Select((item, i) => item is JsonValue s && s.GetValueKind() == JsonValueKind.String ? s.GetValue<string>()
            : throw new PactFormatException($"{PathOf(name)}[{i}]", "須為文字", "must be a JSON string"))],
        _ => [AsText(name, value)],
    };

    [GeneratedRegex(@"^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")]
    private static partial Regex DecimalPattern();
}
