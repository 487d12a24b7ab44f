namespace Tanpan.Core.Inventory.Rollup;

/// <summary>
/// Rows encoded for the roll-up kernel, column by column: cell id, amount as typed, month (0 = none).
/// 21 bytes a row instead of a row object with strings, so millions of rows stay cheap.
/// </summary>
public sealed class RollupBatch(int capacity = 65_536)
{
    private int[] _cell = new int[capacity];
    private decimal[] _amount = new decimal[capacity];
    private byte[] _month = new byte[capacity];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Cells => _cell.AsSpan(0, Count);

    public ReadOnlySpan<decimal> Amounts => _amount.AsSpan(0, Count);

    public ReadOnlySpan<byte> Months => _month.AsSpan(0, Count);

    public bool IsFull => Count == _cell.Length;

    public void Add(int cell, decimal amount, int month)
    {
        if (IsFull)
        {
            var size = Math.Max(16, _cell.Length * 2);
            Array.Resize(ref _cell, size);
            Array.Resize(ref _amount, size);
            Array.Resize(ref _month, size);
        }

        _cell[Count] = cell;
        _amount[Count] = amount;
        _month[Count] = (byte)month;
        Count++;
    }

    public void Clear() => Count = 0;
}
