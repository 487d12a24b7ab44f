using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Tanpan.Cli.Output;

/// <summary>
/// Writes one output record as an indented JSON object, snake_case names, Chinese text unescaped, followed by a newline: the shared
/// frame of every <c>--json</c> answer. The records are the contract; their metadata comes from <see cref="CliJsonContext"/>
/// (source-generated, no reflection).
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = CliJsonContext.Default,
    };

    public static void Write<T>(TextWriter output, T value) =>
        output.WriteLine(JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T))));
}
