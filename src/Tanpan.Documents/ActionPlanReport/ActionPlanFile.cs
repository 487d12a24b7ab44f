using System.Text;
using CsvHelper;
using Tanpan.Core.ActionPlans;
using Tanpan.Core.Inventory;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Documents.Products;

namespace Tanpan.Documents.ActionPlanReport;

/// <summary>
/// Reads an action-plan CSV (docs/action-plans.md, "The CSV"; the sample is seed 002's 2021 report): one row per
/// record — <c>plan</c> (once), <c>policy</c>, <c>measure</c>, <c>emissions</c>, <c>intensity</c> — UTF-8 or Big5, at most
/// <see cref="MaxBytes"/> bytes and <see cref="MaxRows"/> rows. Every problem is an <see cref="ActivityIssue"/> naming
/// the line (header = 1) and column in Chinese and English; the plan is returned only when there is none.
/// </summary>
public static partial class ActionPlanFile
{
    /// <summary>Largest file accepted (seed 002's 37 measures take 20 kB).</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>Most data rows accepted.</summary>
    public const int MaxRows = 2_000;

    /// <summary>Reads at most <see cref="MaxBytes"/> from <paramref name="content"/>; a longer stream is refused unread.</summary>
    public static async Task<ActionPlanFileResult> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int n;
        while (length < buffer.Length && (n = await content.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += n;
        }

        return length > MaxBytes
            ? Refused($"檔案超過 {MaxBytes / 1024:N0} KB，未讀取", $"the file is larger than {MaxBytes / 1024:N0} KB; not read")
            : Read(buffer.AsSpan(0, length));
    }

    /// <summary>Reads the bytes of a file (UTF-8 with or without BOM, or Big5).</summary>
    public static ActionPlanFileResult Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return Refused($"檔案超過 {MaxBytes / 1024:N0} KB，未讀取", $"the file is larger than {MaxBytes / 1024:N0} KB; not read");
        }

        if (bytes.IndexOf((byte)0) >= 0 || Decode(bytes) is not { } text)
        {
            return Refused("無法讀取檔案（須為 UTF-8 或 Big5 的 CSV 文字檔）", "cannot read the file (it must be a UTF-8 or Big5 CSV text file)");
        }

        return ReadText(text);
    }

    /// <summary>Reads CSV text.</summary>
    public static ActionPlanFileResult ReadText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var issues = new List<ActivityIssue>();
        var builder = new PlanBuilder(issues);
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MaxRecordSize = CsvActivityReader.MaxRecordBytes,
        };
        using var reader = CsvReader.FromText(text.TrimStart('\uFEFF'), options);
        try
        {
            if (!reader.Read())
            {
                return Refused("檔案是空的", "the file is empty");
            }

            var index = Header(reader, issues);
            if (issues.Count > 0)
            {
                return new ActionPlanFileResult(null, issues);
            }

            var rows = 0;
            while (reader.Read())
            {
                var count = reader.FieldCount;
                string Cell(string key) => index.TryGetValue(key, out var i) && i < count ? reader.GetString(i).Trim() : "";
                if (index.Keys.All(k => Cell(k).Length == 0))
                {
                    continue;
                }

                if (++rows > MaxRows)
                {
                    return Refused($"檔案超過 {MaxRows:N0} 列，未讀取", $"the file has more than {MaxRows:N0} rows; not read");
                }

                builder.Add((int)reader.LineNumber, Cell);
            }
        }
        catch (CsvFormatException e)
        {
            issues.Add(new ActivityIssue((int)e.LineNumber, "file", $"第 {e.LineNumber:N0} 行無法讀取（缺少換行或引號未關閉）", $"line {e.LineNumber:N0} cannot be read (no line break, or an unclosed quote)"));
        }

        var plan = builder.Build();
        return new ActionPlanFileResult(issues.Count == 0 ? plan : null, issues);
    }

    private static Dictionary<string, int> Header(CsvReader reader, List<ActivityIssue> issues)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (ActionPlanColumns.All.FirstOrDefault(c => c.Matches(reader.GetString(i))) is { } column && !index.TryAdd(column.Key, i))
            {
                issues.Add(new ActivityIssue(1, column.Key, $"欄位「{column.Zh}」重複", $"column {column.Key} appears twice"));
            }
        }

        foreach (var missing in ActionPlanColumns.All.Where(c => c.Required && !index.ContainsKey(c.Key)))
        {
            issues.Add(new ActivityIssue(1, missing.Key, $"缺少必要欄位「{missing.Zh}」({missing.Key})", $"missing required column {missing.Key} ({missing.Zh})"));
        }

        return index;
    }

    private static string? Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            try
            {
                return TextEncodingDetector.Big5.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }
    }

    /// <summary>The Chinese header of a column key (record → 類別), for showing problems; the key itself when unknown.</summary>
    public static string ColumnHeader(string key) => ActionPlanColumns.All.FirstOrDefault(c => c.Key == key)?.Zh ?? key;

    private static ActionPlanFileResult Refused(string zh, string en) => new(null, [new ActivityIssue(1, "file", zh, en)]);
}
