using Tanpan.Core.Text;

namespace Tanpan.Core.Factors;

/// <summary>
/// Finds a material by its MOENV Chinese name, an alias (重油 = 燃料油 = 蒸餘油, 汽油 = 車用汽油,
/// 台電 = 外購電力) or its English name, ignoring case, width and spacing.
/// </summary>
public sealed class MaterialCatalog
{
    private readonly Dictionary<string, Material> _byName = new(StringComparer.Ordinal);

    public MaterialCatalog(IEnumerable<Material> materials)
    {
        ArgumentNullException.ThrowIfNull(materials);
        All = materials.ToList();
        foreach (var material in All)
        {
            foreach (var name in Names(material))
            {
                var key = TextKey.Normalize(name);
                if (_byName.TryGetValue(key, out var other) && other != material)
                {
                    throw new InvalidOperationException($"Material name '{name}' is claimed by both {other.Key} and {material.Key}.");
                }

                _byName[key] = material;
            }
        }
    }

    public IReadOnlyList<Material> All { get; }

    public Material? Find(string? text) =>
        text is not null && _byName.TryGetValue(TextKey.Normalize(text), out var material) ? material : null;

    public Material? FindByKey(string key) => All.FirstOrDefault(m => m.Key == key);

    /// <summary>Materials any of whose names contain <paramref name="text"/> (normalised).</summary>
    public IEnumerable<Material> Search(string text)
    {
        var needle = TextKey.Normalize(text);
        return All.Where(m => Names(m).Any(n => TextKey.Normalize(n).Contains(needle, StringComparison.Ordinal)));
    }

    private static IEnumerable<string> Names(Material m) => new[] { m.Key, m.NameZh, m.NameEn }.Concat(m.Aliases);
}
