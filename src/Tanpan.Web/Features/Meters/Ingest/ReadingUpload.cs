using Tanpan.Core.Time;
using Tanpan.Web.Data;
using Tanpan.Web.Features.Meters.ActivitySync;
using Tanpan.Web.Features.Meters.Storage;

namespace Tanpan.Web.Features.Meters.Ingest;

/// <summary>
/// Meter readings uploaded as a CSV file on <c>/meters/upload</c> (issue 15, point 7): the gateway API's own reader
/// (<see cref="ReadingBatch"/>, columns <c>meter,ts,value</c>), meter lookup (<see cref="IngestApi.MetersByKeyAsync"/>),
/// validation with the plausibility bounds (<see cref="ReadingBounds"/>) and writer (<see cref="ReadingWriter"/>, one
/// transaction), so a file and a gateway batch obey the same rules. Unlike a gateway batch, an implausible row is not
/// quarantined: a person can fix the file, so every problem — unreadable or implausible — is reported with its line
/// number and nothing is stored. The file is read whole into memory only up to <see cref="MaxBytes"/> (larger is refused
/// before reading) and at most <see cref="IngestApi.MaxReadings"/> rows.
/// </summary>
internal static class ReadingUpload
{
    /// <summary>The largest file accepted: 4 MB, about 40,000 rows of <c>meter,ts,value</c>.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>Checks the file and, when <paramref name="store"/> and nothing is wrong, stores every reading.</summary>
    public static async Task<UploadOutcome> RunAsync(AppDbContext db, IMeterStorage storage, IReadingsCommitted detection, Guid organisationId,
        Stream content, long length, bool store, long nowUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(detection);
        if (length > MaxBytes)
        {
            return UploadOutcome.Refused(
                $"檔案超過 {MaxBytes / 1024 / 1024} MB，未讀取也未儲存。請分成幾個較小的檔案上傳。",
                $"The file is larger than {MaxBytes / 1024 / 1024} MB; it was not read and nothing was stored. Split it into smaller files.");
        }

        // Bounded: at most MaxBytes + 1 bytes are read, whatever the declared length says.
        var buffer = new byte[(int)Math.Min(Math.Max(length, 0) + 1, MaxBytes + 1)];
        var read = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        if (read > MaxBytes)
        {
            return UploadOutcome.Refused(
                $"檔案超過 {MaxBytes / 1024 / 1024} MB，未儲存。", $"The file is larger than {MaxBytes / 1024 / 1024} MB; nothing was stored.");
        }

        var body = buffer.AsSpan(0, read);
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        var (rows, lines, tooMany, chinese, english) = ReadingBatch.ParseCsvWithLines(body, IngestApi.MaxReadings);
        if (tooMany)
        {
            return UploadOutcome.Refused($"一個檔案最多 {IngestApi.MaxReadings:N0} 筆讀數，未儲存。",
                $"A file holds at most {IngestApi.MaxReadings:N0} readings; nothing was stored.");
        }

        if (rows is null)
        {
            return UploadOutcome.Refused(chinese!, english!);
        }

        if (rows.Count == 0)
        {
            return UploadOutcome.Refused("檔案沒有任何讀數。", "The file has no readings.");
        }

        var meters = await IngestApi.MetersByKeyAsync(db, rows, ct);
        var (valid, errors, rejected) = ReadingBatch.Validate(rows, meters, nowUtc);
        var problems = errors.Select(e => new UploadProblem(lines[e.Index], e.Field, e.Chinese, e.English))
            .Concat(rejected.Select(r =>
            {
                var (zh, en) = ReadingBounds.Describe(r.Reason, r.Meter.MaxValue);
                return new UploadProblem(lines[r.Index], "value", zh, en);
            }))
            .OrderBy(p => p.Line).ThenBy(p => p.Field, StringComparer.Ordinal)
            .ToList();
        var preview = valid.GroupBy(r => r.Meter.Id)
            .Select(g => new UploadMeter(g.First().Meter.Id, g.First().Meter.Name, g.Count(),
                TaipeiTime.OfUnixSeconds(g.Min(r => r.TimestampUtc)), TaipeiTime.OfUnixSeconds(g.Max(r => r.TimestampUtc))))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        if (problems.Count > 0 || !store)
        {
            return new UploadOutcome(rows.Count, preview, problems, null, null, null);
        }

        var counts = await ReadingWriter.WriteAsync(db, storage, organisationId, null, valid, nowUtc, ct);
        foreach (var group in valid.Where(r => r.Meter.EmissionSourceId is not null).GroupBy(r => r.Meter.Id))
        {
            await MeterActivity.SyncAsync(db, group.Key, group.Select(r => MeterActivity.MonthOf(r.TimestampUtc)).Distinct(), ct);
        }

        detection.Request(organisationId, valid.Select(r => r.Meter.Id).Distinct()); // after the commit, as the gateway API does
        return new UploadOutcome(rows.Count, preview, problems, counts, null, null);
    }
}

/// <summary>
/// What an upload gave: the rows read, per meter the readings and their first and last time, the problems by line, and
/// <see cref="Stored"/> when it was stored (null for a check, or when anything was wrong); or a refusal of the whole file.
/// </summary>
public sealed record UploadOutcome(int Rows, IReadOnlyList<UploadMeter> Meters, IReadOnlyList<UploadProblem> Problems, WriteCounts? Stored,
    string? RefusedChinese, string? RefusedEnglish)
{
    public static UploadOutcome Refused(string chinese, string english) => new(0, [], [], null, chinese, english);
}

public sealed record UploadMeter(Guid Id, string Name, int Readings, DateTimeOffset First, DateTimeOffset Last);

/// <summary>A problem of the file: its line (1-based, as an editor shows it), the column (meter, ts, value) and why.</summary>
public sealed record UploadProblem(int Line, string Field, string Chinese, string English);
