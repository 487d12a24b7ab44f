using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;

namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// Computed results by (inventory id, revision), bounded by <c>Results:CacheMegabytes</c> (default 256). A new
/// revision is a new key, so a change never meets a stale entry; old revisions age out under the size limit.
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

    public void Dispose() => _cache.Dispose();
}

/// <summary>
/// An inventory's results at one revision: the JSON the API sends and, in memory as objects, only the summary the
/// results page shows (totals, sources, factors; no rows) — or the issues that stop the calculation.
/// <see cref="FromSnapshot"/> when they are the snapshot taken at locking.
/// </summary>
/// <remarks>
/// Rows stay in the JSON only: 600 entries are ~3,000 small objects, 5,000 cached inventories would be 15 million
/// for the garbage collector to trace, while a byte array is one object without references.
/// </remarks>
public sealed class CachedResults
{
    private readonly JsonSerializerOptions? _json;

    public CachedResults(InventoryResults? results, byte[]? json, IReadOnlyList<EntryIssue> issues, bool fromSnapshot, JsonSerializerOptions? options)
    {
        Summary = results is null ? null : results with { Rows = [] };
        RowCount = results?.Rows.Count ?? 0;
        (Json, Issues, FromSnapshot, _json) = (json, issues, fromSnapshot, options);
    }

    /// <summary>The results without <see cref="InventoryResults.Rows"/>; null when some entry cannot be calculated.</summary>
    public InventoryResults? Summary { get; }

    public int RowCount { get; }

    public byte[]? Json { get; }

    public IReadOnlyList<EntryIssue> Issues { get; }

    public bool FromSnapshot { get; }

    /// <summary>The JSON's bytes plus a rough allowance for the summary's objects.</summary>
    public long ApproximateBytes => (Json?.Length ?? 256L * Issues.Count) + 16_384;

    /// <summary>The full results with every row's trace, read back from the JSON (for the entries and trace pages).</summary>
    public InventoryResults? Full() => Json is null ? null : JsonSerializer.Deserialize<InventoryResults>(Json, _json);
}
