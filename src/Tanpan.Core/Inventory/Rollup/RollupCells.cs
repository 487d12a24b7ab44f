namespace Tanpan.Core.Inventory.Rollup;

/// <summary>Gives each distinct <see cref="CellKey"/> a dense id, so the kernel can keep its sums in arrays.</summary>
public sealed class RollupCells
{
    private readonly Dictionary<CellKey, int> _ids = [];
    private readonly List<CellKey> _keys = [];
    private int[] _plans = new int[1024];

    public int Count => _keys.Count;

    public CellKey this[int id] => _keys[id];

    /// <summary>The plan of each cell, indexed by cell id.</summary>
    public ReadOnlySpan<int> Plans => _plans.AsSpan(0, Count);

    /// <summary>The cell of a row computed with plan <paramref name="plan"/>.</summary>
    public int IdOf(ActivityRow row, int plan)
    {
        ArgumentNullException.ThrowIfNull(row);
        var key = new CellKey(row.Facility, row.Source ?? row.Equipment ?? row.Process ?? "", plan);
        ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ids, key, out var exists);
        if (!exists)
        {
            id = _keys.Count;
            _keys.Add(key);
            if (id == _plans.Length)
            {
                Array.Resize(ref _plans, _plans.Length * 2);
            }

            _plans[id] = plan;
        }

        return id;
    }
}
