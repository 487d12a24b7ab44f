using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Tanpan.Documents.Pact;

/// <summary>
/// Validates footprint JSON against the published schemas shipped in data/pact (PACT v3.0.4 and v2.3.3 as the WBCSD
/// conformance service validates them; data/pact/README.md), evaluated by JsonSchema.Net 8.0.5.
/// </summary>
public static class PactSchemas
{
    private static readonly Lazy<JsonSchema> V2 = new(() => Load("pact-v2.3.schema.json"));
    private static readonly Lazy<JsonSchema> V3 = new(() => Load("pact-v3.0.schema.json"));

    /// <summary>The schema's complaints, one line each (<c>/pcf/declaredUnitAmount: …</c>); empty when valid.</summary>
    public static IReadOnlyList<string> Validate(JsonNode footprint, PactVersion version)
    {
        ArgumentNullException.ThrowIfNull(footprint);
        using var document = JsonDocument.Parse(footprint.ToJsonString());
        return Validate(document.RootElement, version);
    }

    public static IReadOnlyList<string> Validate(JsonElement footprint, PactVersion version)
    {
        var schema = version == PactVersion.V2 ? V2.Value : V3.Value;
        var results = schema.Evaluate(footprint, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{(d.InstanceLocation.ToString() is { Length: > 0 } at ? at : "/")}: {e.Value}"))
            .Distinct()];
    }

    private static JsonSchema Load(string name)
    {
        using var stream = typeof(PactSchemas).Assembly.GetManifestResourceStream("pact/" + name)
            ?? throw new InvalidOperationException($"the PACT schema {name} is not embedded");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }
}
