namespace Tanpan.Core.Gases;

/// <summary>
/// A set of 100-year global-warming potentials from one IPCC assessment report (AR4, AR5 or AR6;
/// source: IPCC tables via openclimatedata/globalwarmingpotentials, AR5 = MOENV 113/2/5 附表四).
/// An inventory pins one set; sets are never mixed inside a result.
/// </summary>
public sealed class GwpSet
{
    private readonly IReadOnlyDictionary<string, decimal> _values;

    public GwpSet(string id, string title, IReadOnlyDictionary<string, decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Id = id;
        Title = title;
        _values = values;
    }

    /// <summary>AR4, AR5 or AR6.</summary>
    public string Id { get; }

    public string Title { get; }

    /// <summary>Species ids with a value in this set.</summary>
    public IEnumerable<string> Species => _values.Keys;

    /// <summary>
    /// The GWP of <paramref name="species"/>, or null when this set has none. Methane from fuel
    /// combustion is the plain <c>CH4</c> species: MOENV's notice 「修正甲烷及石化甲烷GWP適用情形」
    /// says stationary and mobile combustion use 28 under AR5, not the fossil-methane 30.
    /// </summary>
    public decimal? Find(string species)
    {
        ArgumentNullException.ThrowIfNull(species);
        return _values.TryGetValue(species, out var value) ? value : null;
    }

    public override string ToString() => Id;
}
