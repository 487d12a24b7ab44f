namespace Tanpan.Core.Inventory.Rollup;

/// <summary>Gives each distinct <see cref="SourceKey"/> a dense id, so totals can be kept in arrays.</summary>
public sealed class SourceRegistry
{
    private readonly Dictionary<SourceKey, int> _ids = [];
    private readonly List<SourceKey> _keys = [];
    private readonly List<string> _materialNames = [];

    public int Count => _keys.Count;

    public SourceKey this[int id] => _keys[id];

    public string MaterialName(int id) => _materialNames[id];

    public int IdOf(ActivityRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var key = new SourceKey(row.Facility, row.Source ?? row.Equipment ?? row.Process ?? "", row.Material.Key, row.SourceType);
        ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ids, key, out var exists);
        if (!exists)
        {
            id = _keys.Count;
            _keys.Add(key);
            _materialNames.Add(row.Material.NameZh);
        }

        return id;
    }
}
