namespace Tanpan.Core.Inventory.Rollup;

/// <summary>
/// Rows encoded for the roll-up kernel, column by column: source id, plan id, amount as typed, month
/// (0 = none). 25 bytes a row instead of a row object with strings, so millions of rows stay cheap.
/// </summary>
public sealed class RollupBatch(int capacity = 65_536)
{
    private int[] _source = new int[capacity];
    private int[] _plan = new int[capacity];
    private decimal[] _amount = new decimal[capacity];
    private byte[] _month = new byte[capacity];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Sources => _source.AsSpan(0, Count);

    public ReadOnlySpan<int> Plans => _plan.AsSpan(0, Count);

    public ReadOnlySpan<decimal> Amounts => _amount.AsSpan(0, Count);

    public ReadOnlySpan<byte> Months => _month.AsSpan(0, Count);

    public bool IsFull => Count == _source.Length;

    public void Add(int source, int plan, decimal amount, int month)
    {
        if (IsFull)
        {
            Grow();
        }

        _source[Count] = source;
        _plan[Count] = plan;
        _amount[Count] = amount;
        _month[Count] = (byte)month;
        Count++;
    }

    public void Clear() => Count = 0;

    private void Grow()
    {
        var size = Math.Max(16, _source.Length * 2);
        Array.Resize(ref _source, size);
        Array.Resize(ref _plan, size);
        Array.Resize(ref _amount, size);
        Array.Resize(ref _month, size);
    }
}
