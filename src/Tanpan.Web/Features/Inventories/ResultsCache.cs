using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;

namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// Computed results by (inventory id, revision), bounded by <c>Results:CacheMegabytes</c> (default 256). A new
/// revision is a new key, so a change never meets a stale entry; old revisions age out under the size limit. The results
/// page's rendered body is kept here too, keyed by the revisions it shows.
/// </summary>
public sealed class ResultsCache : IDisposable
{
    private readonly MemoryCache _cache;

    public ResultsCache(IConfiguration configuration)
    {
        var megabytes = configuration.GetValue("Results:CacheMegabytes", 256L);
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = megabytes * 1024 * 1024, CompactionPercentage = 0.25 });
    }

    public bool TryGet(Guid id, Guid revision, out CachedResults? results) => _cache.TryGetValue((id, revision), out results);

    public void Set(Guid id, Guid revision, CachedResults results) =>
        _cache.Set((id, revision), results, new MemoryCacheEntryOptions { Size = results.ApproximateBytes, SlidingExpiration = TimeSpan.FromHours(1) });

    /// <summary>The results page's body rendered as HTML (<see cref="Pages.Results.ResultsMarkup"/>), in the same bounded cache.</summary>
    public bool TryGetBody(Pages.Results.ResultsBodyKey key, out string? html) => _cache.TryGetValue(key, out html);

    public void SetBody(Pages.Results.ResultsBodyKey key, string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        _cache.Set(key, html, new MemoryCacheEntryOptions { Size = (2L * html.Length) + 256, SlidingExpiration = TimeSpan.FromHours(1) });
    }

    public void Dispose() => _cache.Dispose();
}

/// <summary>
/// An inventory's results at one revision, ready to send: the API's summary JSON (<see cref="ResultsSummary"/>) and
/// the row traces' JSON, both UTF-8 bytes serialised once; in memory as objects only the summary the results page
/// shows (totals, sources, factors; no rows) — or the issues that stop the calculation.
/// <see cref="FromSnapshot"/> when they are the snapshot taken at locking.
/// </summary>
/// <remarks>
/// Rows stay as bytes only: 600 entries are ~3,000 small objects, 5,000 cached inventories would be 15 million
/// for the garbage collector to trace, while a byte array is one object without references. The rows' JSON is
/// the traces one after the other, comma separated, with each one's start in <c>_rowStarts</c>, so any page of
/// them is one slice of the array.
/// </remarks>
public sealed class CachedResults
{
    private readonly JsonSerializerOptions? _json;
    private readonly byte[] _rows = [];
    private readonly int[] _rowStarts = [0];

    public CachedResults(InventoryResults? results, IReadOnlyList<EntryIssue> issues, bool fromSnapshot, JsonSerializerOptions? options)
    {
        (Issues, FromSnapshot, _json) = (issues, fromSnapshot, options);
        if (results is null)
        {
            return;
        }

        Summary = results with { Rows = [] };
        RowCount = results.Rows.Count;
        SummaryJson = JsonSerializer.SerializeToUtf8Bytes(ResultsSummary.Of(results), options);
        using var rows = new MemoryStream();
        _rowStarts = new int[RowCount + 1];
        for (var i = 0; i < RowCount; i++)
        {
            if (i > 0)
            {
                rows.WriteByte((byte)',');
            }

            _rowStarts[i] = (int)rows.Position;
            JsonSerializer.Serialize(rows, results.Rows[i], options);
        }

        _rowStarts[RowCount] = (int)rows.Position + 1; // as if a comma followed the last row
        _rows = rows.ToArray();
    }

    /// <summary>The results without <see cref="InventoryResults.Rows"/>; null when some entry cannot be calculated.</summary>
    public InventoryResults? Summary { get; }

    public int RowCount { get; }

    /// <summary>The API's answer (<see cref="ResultsSummary"/>) as UTF-8 JSON; null when some entry cannot be calculated.</summary>
    public byte[]? SummaryJson { get; }

    public IReadOnlyList<EntryIssue> Issues { get; }

    /// <summary>
    /// When <see cref="Summary"/> is null because some entries cannot be calculated: the figures of every other entry
    /// (no rows), for the results page only, so one broken entry never blanks the page. Never locked, exported or
    /// answered by the API, which keep refusing until the entries are fixed.
    /// </summary>
    public InventoryResults? Partial { get; init; }

    public bool FromSnapshot { get; }

    /// <summary>The JSON's bytes plus a rough allowance for the summary's objects.</summary>
    public long ApproximateBytes => (SummaryJson?.Length ?? 256L * Issues.Count) + _rows.Length + 4L * _rowStarts.Length + 16_384;

    /// <summary>The JSON of rows [<paramref name="first"/>, <paramref name="first"/> + <paramref name="count"/>), comma separated, without brackets.</summary>
    public ReadOnlyMemory<byte> RowsJson(int first, int count)
    {
        var start = Math.Clamp(first, 0, RowCount);
        var end = Math.Clamp(first + Math.Max(count, 0), start, RowCount);
        return start == end ? ReadOnlyMemory<byte>.Empty : _rows.AsMemory(_rowStarts[start], _rowStarts[end] - 1 - _rowStarts[start]);
    }

    /// <summary>Every row's trace, read back from the JSON (for the entries and trace pages, which are not hot).</summary>
    public List<RowTrace> Rows()
    {
        var json = new byte[_rows.Length + 2];
        json[0] = (byte)'[';
        _rows.CopyTo(json, 1);
        json[^1] = (byte)']';
        return JsonSerializer.Deserialize<List<RowTrace>>(json, _json) ?? [];
    }

    /// <summary>The full results with every row, as the snapshot taken at locking stores them; null when they cannot be calculated.</summary>
    public string? SnapshotJson() =>
        Summary is null ? null : JsonSerializer.Serialize(Summary with { Rows = Rows() }, _json);
}
