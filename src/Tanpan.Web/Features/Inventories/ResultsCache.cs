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
/// An inventory's results at one revision: the results and their JSON (what the API sends), or the issues that
/// stop the calculation; <see cref="FromSnapshot"/> when they are the snapshot taken at locking.
/// </summary>
public sealed record CachedResults(InventoryResults? Results, byte[]? Json, IReadOnlyList<EntryIssue> Issues, bool FromSnapshot)
{
    /// <summary>The JSON's length three times over: a rough size of the objects plus the bytes.</summary>
    public long ApproximateBytes => Math.Max(1024, (Json?.Length ?? 256L * Issues.Count) * 3);
}
