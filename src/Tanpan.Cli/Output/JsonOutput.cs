using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tanpan.Cli.Output;

/// <summary>
/// Writes one indented JSON object to the command's output, Chinese text unescaped, followed by a
/// newline: the shared frame of every <c>--json</c> answer.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> writeObjectBody)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            writeObjectBody(w);
            w.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
