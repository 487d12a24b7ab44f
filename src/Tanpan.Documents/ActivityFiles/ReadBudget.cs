namespace Tanpan.Documents.ActivityFiles;

/// <summary>
/// The memory one import's reader may hold at once (<c>Import:MemoryBudgetBytes</c>, 64 MB by default): the shared
/// strings of a workbook and the cells of the row being read are charged as they are read and the row's released
/// once it is passed on. Going over refuses the file (<see cref="ActivityFileRefusedException"/>) instead of
/// growing the server's memory. Sizes are estimates of the managed objects: a string costs 22 bytes plus 2 per
/// character, a slot in a list 8 bytes (16 while the list may double).
/// </summary>
public sealed class ReadBudget(long bytes)
{
    /// <summary>The default budget: 64 MB, a quarter of the 256 MB a small server gives one process.</summary>
    public const long DefaultBytes = 64L << 20;

    private long _used;

    public static ReadBudget Default => new(DefaultBytes);

    public long Limit { get; } = bytes > 0 ? bytes : throw new ArgumentOutOfRangeException(nameof(bytes));

    public long Used => _used;

    /// <summary>The estimated size of a string of <paramref name="length"/> characters held in a list.</summary>
    public static long StringCost(int length) => 22 + (2L * length) + 16;

    /// <summary>Counts <paramref name="cost"/> bytes against the budget; refuses the file (naming <paramref name="what"/>) when it runs out.</summary>
    public void Charge(long cost, string whatZh, string whatEn)
    {
        _used += cost;
        if (_used > Limit)
        {
            throw new ActivityFileRefusedException(
                $"{whatZh}超過每次匯入 {Limit / (1 << 20)} MB 的記憶體上限，未讀取",
                $"{whatEn} exceed the {Limit / (1 << 20)} MB memory limit of one import; not read");
        }
    }

    public void Release(long cost) => _used = Math.Max(0, _used - cost);
}
