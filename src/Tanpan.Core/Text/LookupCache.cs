namespace Tanpan.Core.Text;

/// <summary>
/// Remembers lookups by the exact text typed. A file of a million rows names a few dozen materials,
/// units and source types, so each distinct spelling is normalised once. Bounded, so a file of
/// unique junk cannot grow it without limit.
/// </summary>
internal sealed class LookupCache<TKey, TValue>(Func<TKey, TValue> lookup, int capacity = 4096)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _values = [];

    public TValue Get(TKey key)
    {
        if (_values.TryGetValue(key, out var value))
        {
            return value;
        }

        value = lookup(key);
        if (_values.Count < capacity)
        {
            _values[key] = value;
        }

        return value;
    }
}
