namespace Tanpan.Core.Inventory.Rollup;

/// <summary>
/// The kernel's running sums, in the rows' own units: amount per cell, and amount per plan and month
/// (0 = rows without a month). Factors are applied to these sums when the result is built.
/// </summary>
public sealed class RollupAccumulator
{
    /// <summary>Month slots per plan: 0 (none) and 1–12.</summary>
    public const int MonthSlots = 13;

    private decimal[] _cells = new decimal[1024];
    private decimal[] _planMonths = new decimal[16 * MonthSlots];

    public long Rows { get; internal set; }

    /// <summary>Sum of amounts per cell, indexed by cell id.</summary>
    public ReadOnlySpan<decimal> Cells(int count) => _cells.AsSpan(0, count);

    /// <summary>Sum of amounts of plan p in month m at [p * 13 + m].</summary>
    public ReadOnlySpan<decimal> PlanMonths(int plans) => _planMonths.AsSpan(0, plans * MonthSlots);

    internal (decimal[] Cells, decimal[] PlanMonths) Ensure(int cells, int plans)
    {
        Grow(ref _cells, cells);
        Grow(ref _planMonths, plans * MonthSlots);
        return (_cells, _planMonths);
    }

    /// <summary>Adds another accumulator's sums (for kernels run on parts of the rows).</summary>
    public void Merge(RollupAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (cells, planMonths) = Ensure(other._cells.Length, other._planMonths.Length / MonthSlots);
        for (var i = 0; i < other._cells.Length; i++)
        {
            cells[i] += other._cells[i];
        }

        for (var i = 0; i < other._planMonths.Length; i++)
        {
            planMonths[i] += other._planMonths[i];
        }

        Rows += other.Rows;
    }

    private static void Grow(ref decimal[] array, int length)
    {
        if (array.Length < length)
        {
            Array.Resize(ref array, Math.Max(length, array.Length * 2));
        }
    }
}
