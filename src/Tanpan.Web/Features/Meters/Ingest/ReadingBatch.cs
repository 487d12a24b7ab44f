using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tanpan.Web.Features.Meters.Ingest;

/// <summary>
/// One reading as a gateway sent it, before validation. <paramref name="UnixSeconds"/> is set (and
/// <paramref name="Timestamp"/> left null) when the JSON reader already read the time in the usual
/// <c>yyyy-MM-ddTHH:mm:ss[.f…](Z|±hh:mm)</c> shape (<see cref="IsoTimestamp"/>).
/// </summary>
internal readonly record struct RawReading(string? Meter, string? Timestamp, double? Value, bool ValueUnreadable, long? UnixSeconds = null);

/// <summary>A reading that passed validation: the meter resolved, the time in Unix seconds.</summary>
internal readonly record struct ValidReading(MeterRef Meter, long TimestampUtc, double Value);

/// <summary>What the ingestion needs of a meter.</summary>
/// <param name="MaxValue">The plausibility bound of its readings (<see cref="ReadingBounds.MaxValue"/>).</param>
internal sealed record MeterRef(Guid Id, string Name, bool Cumulative, double? Rollover, int IntervalMinutes, Guid? EmissionSourceId, double MaxValue = ReadingBounds.Ceiling);

/// <summary>A bad row: its index in the batch (0-based) and why, in both languages.</summary>
public sealed record RowError(int Index, string Field, string Chinese, string English);

/// <summary>Reads a batch of readings from JSON (<c>{"readings":[{"meter","ts","value"}]}</c>) or CSV (<c>meter,ts,value</c>).</summary>
internal static partial class ReadingBatch
{
    /// <summary>Parses the body: the rows, or <c>TooMany</c> past <paramref name="maxRows"/>, or a message when the body as a whole cannot be read.</summary>
    public static (List<RawReading>? Rows, bool TooMany, string? Chinese, string? English) Parse(ReadOnlySpan<byte> body, bool csv, int maxRows)
    {
        try
        {
            var (rows, chinese, english) = csv ? ParseCsv(Encoding.UTF8.GetString(body), maxRows) : ParseJson(body, maxRows);
            return (rows, false, chinese, english);
        }
        catch (JsonException)
        {
            return (null, false, "JSON 格式錯誤。", "The body is not valid JSON.");
        }
        catch (TooManyRowsException)
        {
            return (null, true, null, null);
        }
    }

    private static (List<RawReading>?, string?, string?) ParseJson(ReadOnlySpan<byte> body, int maxRows)
    {
        var reader = new Utf8JsonReader(body);
        var rows = new List<RawReading>();
        Expect(ref reader, JsonTokenType.StartObject);
        var found = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isReadings = reader.ValueTextEquals("readings"u8);
            reader.Read();
            if (!isReadings)
            {
                reader.Skip();
                continue;
            }

            found = true;
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException();
            }

            string? lastMeter = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (rows.Count >= maxRows)
                {
                    throw new TooManyRowsException();
                }

                rows.Add(ReadRow(ref reader, ref lastMeter));
            }
        }

        return found ? (rows, null, null) : (null, "缺少 readings 陣列。", "The body has no \"readings\" array.");
    }

    /// <summary>
    /// One row. A batch names the same meter row after row: the previous row's meter string is reused when the text is
    /// the same, and a timestamp of the usual shape is read straight from the UTF-8 bytes — no two strings per row.
    /// </summary>
    private static RawReading ReadRow(ref Utf8JsonReader reader, ref string? lastMeter)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return new RawReading(null, null, null, true);
        }

        string? meter = null, ts = null;
        long? unix = null;
        Span<byte> unescaped = stackalloc byte[40];
        double? value = null;
        var unreadable = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            var isMeter = name.SequenceEqual("meter"u8);
            var isTs = name.SequenceEqual("ts"u8);
            var isValue = name.SequenceEqual("value"u8);
            reader.Read();
            if (isMeter && reader.TokenType == JsonTokenType.String)
            {
                meter = lastMeter is not null && reader.ValueTextEquals(lastMeter) ? lastMeter : reader.GetString();
                lastMeter = meter;
            }
            else if (isTs && reader.TokenType == JsonTokenType.String)
            {
                // JSON writers often escape the offset's '+' (System.Text.Json writes \u002B): unescaped into a small buffer.
                var raw = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
                var text = !reader.ValueIsEscaped && !reader.HasValueSequence ? reader.ValueSpan
                    : raw <= unescaped.Length ? unescaped[..reader.CopyString(unescaped)] : default;
                if (IsoTimestamp.TryParseUtf8(text, out var seconds))
                {
                    (unix, ts) = (seconds, null);
                }
                else
                {
                    (unix, ts) = (null, reader.GetString());
                }
            }
            else if (isValue && reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number))
            {
                value = number;
            }
            else if (isValue && reader.TokenType == JsonTokenType.String && double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                value = parsed;
            }
            else
            {
                unreadable |= isValue;
                reader.Skip();
            }
        }

        return new RawReading(meter, ts, value, unreadable, unix);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new JsonException();
        }
    }

    /// <summary>More rows than a batch may hold.</summary>
#pragma warning disable CA1064, CA1032 // Private control flow of the parser, never thrown out of it.
    private sealed class TooManyRowsException : Exception;
#pragma warning restore CA1064, CA1032
}
