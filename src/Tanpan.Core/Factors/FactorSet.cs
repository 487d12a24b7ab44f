using Tanpan.Core.Sources;

namespace Tanpan.Core.Factors;

/// <summary>
/// A published, versioned set of fuel-combustion factors (e.g. MOENV 6.0.4, MOENV 2024-02-05).
/// An inventory pins one set; a result never changes when another set is published.
/// </summary>
public sealed class FactorSet
{
    private readonly Dictionary<(string Material, SourceType Type, string Variant), EmissionFactor> _byKey;

    public FactorSet(FactorSetInfo info, IEnumerable<EmissionFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(info);
        Info = info;
        Factors = factors.ToList();
        _byKey = Factors.ToDictionary(f => (f.MaterialKey, f.SourceType, f.Variant));
    }

    public FactorSetInfo Info { get; }

    public string Id => Info.Id;

    public IReadOnlyList<EmissionFactor> Factors { get; }

    public EmissionFactor? Find(string materialKey, SourceType type, string variant = "") =>
        _byKey.GetValueOrDefault((materialKey, type, variant));

    /// <summary>The variants the set has for a material and source type (empty when it has one plain factor).</summary>
    public IEnumerable<string> Variants(string materialKey, SourceType type) =>
        _byKey.Keys.Where(k => k.Material == materialKey && k.Type == type && k.Variant.Length > 0).Select(k => k.Variant);

    public override string ToString() => Id;
}
