using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tanpan.Web.Features.Meters.Ingest;

/// <summary>Row checks: meter, time with its offset, value; exact repeats within the batch dropped.</summary>
internal static partial class ReadingBatch
{
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
}
