using Tanpan.Core.Gases;

namespace Tanpan.Core.Inventory.Rollup;

/// <summary>Running totals of the kernel: kg CO₂e per source and gas group, and per month (0 = rows without a month).</summary>
public sealed class RollupAccumulator
{
    /// <summary>Number of gas groups (the seven gases).</summary>
    public static readonly int GroupCount = Enum.GetValues<GasGroup>().Length;

    private decimal[] _sourceGas = new decimal[64 * GroupCount];

    public decimal[] Months { get; } = new decimal[13];

    public long Rows { get; internal set; }

    /// <summary>kg CO₂e of source × gas group, indexed [source * GroupCount + group].</summary>
    public ReadOnlySpan<decimal> SourceGas(int sources) => _sourceGas.AsSpan(0, sources * GroupCount);

    internal decimal[] EnsureSources(int sources)
    {
        if (_sourceGas.Length < sources * GroupCount)
        {
            Array.Resize(ref _sourceGas, Math.Max(sources, _sourceGas.Length / GroupCount * 2) * GroupCount);
        }

        return _sourceGas;
    }

    /// <summary>Adds another accumulator's totals (for kernels run on parts of the rows in parallel).</summary>
    public void Merge(RollupAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var theirs = other._sourceGas;
        var mine = EnsureSources(theirs.Length / GroupCount);
        for (var i = 0; i < theirs.Length; i++)
        {
            mine[i] += theirs[i];
        }

        for (var m = 0; m < Months.Length; m++)
        {
            Months[m] += other.Months[m];
        }

        Rows += other.Rows;
    }
}
