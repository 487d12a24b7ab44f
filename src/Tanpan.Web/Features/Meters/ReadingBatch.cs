using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tanpan.Web.Features.Meters;

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
internal static class ReadingBatch
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

    /// <summary>CSV with a header <c>meter,ts,value</c> (any order, case-insensitive) or, without one, those three columns.</summary>
    private static (List<RawReading>?, string?, string?) ParseCsv(string text, int maxRows)
    {
        var rows = new List<RawReading>();
        int meterAt = 0, tsAt = 1, valueAt = 2;
        var first = true;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            var cells = line.ToString().Split(',');
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = cells[i].Trim().Trim('"').Trim();
            }

            if (first)
            {
                first = false;
                var header = Array.ConvertAll(cells, c => c.TrimStart('\uFEFF').ToUpperInvariant());
                if (Array.IndexOf(header, "METER") is var m and >= 0 && Array.IndexOf(header, "TS") is var t and >= 0 && Array.IndexOf(header, "VALUE") is var v and >= 0)
                {
                    (meterAt, tsAt, valueAt) = (m, t, v);
                    continue;
                }
            }

            if (rows.Count >= maxRows)
            {
                throw new TooManyRowsException();
            }

            var valueText = valueAt < cells.Length ? cells[valueAt] : null;
            double? value = double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            rows.Add(new RawReading(
                meterAt < cells.Length ? cells[meterAt] : null,
                tsAt < cells.Length ? cells[tsAt] : null,
                value,
                value is null && !string.IsNullOrEmpty(valueText)));
        }

        return (rows, null, null);
    }

    /// <summary>Validates every row (none stored if any is bad) and drops exact repeats within the batch; no plausibility checks.</summary>
    public static (List<ValidReading> Valid, List<RowError> Errors) Validate(List<RawReading> rows, IReadOnlyDictionary<string, MeterRef> meters)
    {
        var (valid, errors, _) = Validate(rows, meters, long.MaxValue - ReadingBounds.FutureSeconds, plausibility: false);
        return (valid, errors);
    }

    /// <summary>
    /// Validates every row (none stored if any is unreadable) and drops exact repeats within the batch. A readable row of
    /// a known meter that fails <see cref="ReadingBounds.Check"/> (at <paramref name="nowUtc"/>) is not an error: it is
    /// returned in Rejected, to be quarantined while the rest is stored.
    /// </summary>
    public static (List<ValidReading> Valid, List<RowError> Errors, List<RejectedReading> Rejected) Validate(List<RawReading> rows,
        IReadOnlyDictionary<string, MeterRef> meters, long nowUtc, bool plausibility = true)
    {
        var rejected = new List<RejectedReading>();
        var valid = new List<ValidReading>(rows.Count);
        var errors = new List<RowError>();
        var seen = new Dictionary<(Guid, long), double>(rows.Count);
        string? lastKey = null;
        MeterRef? lastMeter = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var before = errors.Count;
            MeterRef? meter = null;
            if (row.Meter is not null && ReferenceEquals(row.Meter, lastKey))
            {
                meter = lastMeter; // the same meter string as the row before (the parser reuses it), already found
            }
            else if (string.IsNullOrWhiteSpace(row.Meter))
            {
                errors.Add(new RowError(i, "meter", "缺少電表。", "The meter is missing."));
            }
            else if (!meters.TryGetValue(row.Meter.Trim(), out meter))
            {
                errors.Add(new RowError(i, "meter", $"找不到電表「{row.Meter}」。", $"No meter \"{row.Meter}\" in this organisation."));
            }
            else
            {
                (lastKey, lastMeter) = (row.Meter, meter);
            }

            long timestamp = 0;
            if (row.UnixSeconds is { } unix)
            {
                timestamp = unix;
            }
            else if (string.IsNullOrWhiteSpace(row.Timestamp))
            {
                errors.Add(new RowError(i, "ts", "缺少時間。", "The timestamp is missing."));
            }
            else if (!HasOffset(row.Timestamp))
            {
                errors.Add(new RowError(i, "ts", "時間須帶時區（Z 或 +08:00）。", "The timestamp needs an offset (Z or +08:00)."));
            }
            else if (!DateTimeOffset.TryParse(row.Timestamp, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                errors.Add(new RowError(i, "ts", "時間格式錯誤（ISO 8601）。", "The timestamp is not an ISO 8601 date and time."));
            }
            else
            {
                timestamp = parsed.ToUnixTimeSeconds();
            }

            if (row.Value is not { } value)
            {
                errors.Add(new RowError(i, "value", row.ValueUnreadable ? "讀數不是數字。" : "缺少讀數。", row.ValueUnreadable ? "The value is not a number." : "The value is missing."));
            }
            else if (plausibility && errors.Count == before && meter is not null && ReadingBounds.Check(value, timestamp, meter.MaxValue, nowUtc) is { } reason)
            {
                rejected.Add(new RejectedReading(i, meter, timestamp, value, reason));
            }
            else if (!double.IsFinite(value) || value < 0)
            {
                errors.Add(new RowError(i, "value", "讀數須為非負的有限數。", "The value must be a finite number, zero or more."));
            }
            else if (errors.Count == before && meter is not null)
            {
                if (seen.TryGetValue((meter.Id, timestamp), out var earlier))
                {
                    if (earlier != value)
                    {
                        errors.Add(new RowError(i, "ts", "同一批次中同一電表與時間有兩個不同讀數。", "The batch has two different values for this meter and time."));
                    }

                    continue;
                }

                seen.Add((meter.Id, timestamp), value);
                valid.Add(new ValidReading(meter, timestamp, value));
            }
        }

        return (valid, errors, rejected);
    }

    /// <summary>True when the time of day carries Z or a ±hh:mm offset (a date alone or a local time is refused).</summary>
    internal static bool HasOffset(string text)
    {
        var s = text.AsSpan().Trim();
        var time = s.IndexOfAny('T', 't', ' ');
        if (time < 0)
        {
            return false;
        }

        var rest = s[time..];
        return rest.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || rest.IndexOfAny('+', '-') >= 0;
    }

    /// <summary>More rows than a batch may hold.</summary>
#pragma warning disable CA1064, CA1032 // Private control flow of the parser, never thrown out of it.
    private sealed class TooManyRowsException : Exception;
#pragma warning restore CA1064, CA1032
}
