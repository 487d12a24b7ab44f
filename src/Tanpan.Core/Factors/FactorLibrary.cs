using Tanpan.Core.Gases;
using Tanpan.Core.Sources;
using Tanpan.Core.Text;

namespace Tanpan.Core.Factors;

/// <summary>
/// All reference data Tanpan ships: fuel factor sets, grid electricity factors by year, GWP sets,
/// refrigerant compositions and leak rates, and the other fugitive/process factors — and the rule
/// that picks one factor for a row. Precedence: a user factor (self-measured, then supplier;
/// a dated one before an undated one) over the shipped factor; see docs/factor-precedence.md.
/// </summary>
public sealed class FactorLibrary
{
    private static readonly Lazy<FactorLibrary> ShippedLibrary = new(ShippedFactors.Load);

    private static readonly Dictionary<string, string> VehicleTechnologies = new[]
    {
        ("catalyst", "觸媒"), ("catalyst", "觸媒轉化器"), ("catalyst", "有觸媒"), ("catalyst", "oxidation catalyst"), ("catalyst", "catalyst"),
        ("uncontrolled", "無控制"), ("uncontrolled", "無觸媒"), ("uncontrolled", "uncontrolled"),
        ("low_mileage", "低里程"), ("low_mileage", "low mileage"),
    }.ToDictionary(x => TextKey.Normalize(x.Item2), x => x.Item1, StringComparer.Ordinal);

    private readonly Dictionary<string, EquipmentType> _equipmentByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EmissionFactor> _byId;

    public FactorLibrary(
        MaterialCatalog materials,
        IReadOnlyList<FactorSet> sets,
        IReadOnlyDictionary<string, GwpSet> gwpSets,
        IReadOnlyDictionary<int, EmissionFactor> gridFactors,
        IReadOnlyList<EquipmentType> equipmentTypes,
        IReadOnlyList<EmissionFactor> refrigerants,
        IReadOnlyList<EmissionFactor> otherFactors)
    {
        ArgumentNullException.ThrowIfNull(equipmentTypes);
        Materials = materials;
        Sets = sets;
        GwpSets = gwpSets;
        GridFactors = gridFactors;
        EquipmentTypes = equipmentTypes;
        Refrigerants = refrigerants;
        OtherFactors = otherFactors;
        foreach (var e in equipmentTypes)
        {
            foreach (var name in new[] { e.Key, e.MoenvCode, e.NameZh, e.NameEn }.Concat(e.Examples))
            {
                _equipmentByName[TextKey.Normalize(name)] = e;
            }
        }

        _byId = AllFactors.ToDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The library built from the data shipped with Tanpan (loaded once).</summary>
    public static FactorLibrary Shipped => ShippedLibrary.Value;

    public const string DefaultSetId = "moenv-6.0.4";
    public const string DefaultGwpId = "AR5";

    public MaterialCatalog Materials { get; }

    public IReadOnlyList<FactorSet> Sets { get; }

    public IReadOnlyDictionary<string, GwpSet> GwpSets { get; }

    /// <summary>Taiwan grid electricity factors (kg CO₂e/kWh) by activity year (AD).</summary>
    public IReadOnlyDictionary<int, EmissionFactor> GridFactors { get; }

    public IReadOnlyList<EquipmentType> EquipmentTypes { get; }

    public IReadOnlyList<EmissionFactor> Refrigerants { get; }

    public IReadOnlyList<EmissionFactor> OtherFactors { get; }

    public IEnumerable<EmissionFactor> AllFactors =>
        Sets.SelectMany(s => s.Factors).Concat(GridFactors.Values.OrderBy(f => f.Year)).Concat(Refrigerants).Concat(OtherFactors);

    public FactorSet? FindSet(string? id) => Sets.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    public GwpSet? FindGwpSet(string? id) => id is not null && GwpSets.TryGetValue(id, out var set) ? set : null;

    public EmissionFactor? FindFactor(string id) => _byId.GetValueOrDefault(id);

    public EquipmentType? FindEquipmentType(string? text) =>
        text is not null && _equipmentByName.TryGetValue(TextKey.Normalize(text), out var e) ? e : null;

    /// <summary>Factors whose id, material names or aliases contain <paramref name="text"/>.</summary>
    public IEnumerable<EmissionFactor> Search(string text)
    {
        var needle = TextKey.Normalize(text);
        var materials = Materials.Search(text).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        return AllFactors.Where(f => materials.Contains(f.MaterialKey) || TextKey.Normalize(f.Id).Contains(needle, StringComparison.Ordinal));
    }

    /// <summary>Chooses the factor for one row, or says why none fits.</summary>
    /// <param name="request">The row's material, source type, year and equipment type.</param>
    /// <param name="set">The fuel factor set pinned by the inventory.</param>
    /// <param name="userFactors">User-defined factors, which take precedence over shipped ones.</param>
    public FactorResolution Resolve(FactorRequest request, FactorSet set, IReadOnlyList<EmissionFactor> userFactors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(userFactors);
        var material = request.Material;
        var user = userFactors
            .Where(f => f.MaterialKey == material.Key && f.SourceType == request.SourceType && (f.Year is null || f.Year == request.Year))
            .OrderByDescending(f => f.Origin)
            .ThenByDescending(f => f.Year.HasValue)
            .FirstOrDefault();
        if (user is not null)
        {
            return FactorResolution.Of(user);
        }

        return material.Kind switch
        {
            MaterialKind.Electricity => ResolveElectricity(request),
            MaterialKind.Steam => FactorResolution.Fail("material",
                "外購蒸汽沒有國家公告係數，請提供供應商係數（--factors 檔案）",
                "purchased steam has no national factor; supply the supplier's factor (a --factors file)"),
            MaterialKind.Refrigerant => ResolveRefrigerant(request),
            MaterialKind.Other => ResolveOther(request),
            _ => ResolveFuel(request, set),
        };
    }

    private FactorResolution ResolveElectricity(FactorRequest request)
    {
        if (request.SourceType != SourceType.Electricity)
        {
            return WrongType(request, SourceType.Electricity);
        }

        if (GridFactors.TryGetValue(request.Year, out var grid))
        {
            return FactorResolution.Of(grid);
        }

        var years = $"{GridFactors.Keys.Min()}–{GridFactors.Keys.Max()}";
        return FactorResolution.Fail("year",
            $"{request.Year} 年沒有電力排碳係數（可用年度 {years}）",
            $"no grid electricity factor for {request.Year} (available: {years})");
    }

    private FactorResolution ResolveRefrigerant(FactorRequest request)
    {
        if (request.SourceType != SourceType.Fugitive)
        {
            return WrongType(request, SourceType.Fugitive);
        }

        var factor = Refrigerants.Single(f => f.MaterialKey == request.Material.Key);
        if (string.IsNullOrWhiteSpace(request.EquipmentType))
        {
            return FactorResolution.Of(factor);
        }

        var equipment = FindEquipmentType(request.EquipmentType);
        return equipment is null
            ? FactorResolution.Fail("equipment_type",
                $"不明的冷媒設備類型「{request.EquipmentType}」（可用：{string.Join("、", EquipmentTypes.Select(e => e.NameZh))}）",
                $"unknown refrigerant equipment type '{request.EquipmentType}' (known: {string.Join(", ", EquipmentTypes.Select(e => e.Key))})")
            : FactorResolution.Of(factor, equipment);
    }

    private FactorResolution ResolveOther(FactorRequest request)
    {
        var factor = OtherFactors.Single(f => f.MaterialKey == request.Material.Key);
        return factor.SourceType == request.SourceType ? FactorResolution.Of(factor) : WrongType(request, factor.SourceType);
    }

    private static FactorResolution ResolveFuel(FactorRequest request, FactorSet set)
    {
        var material = request.Material;
        var variants = set.Variants(material.Key, request.SourceType).ToList();
        var variant = "";
        if (variants.Count > 0)
        {
            variant = variants[0];
            if (!string.IsNullOrWhiteSpace(request.EquipmentType)
                && VehicleTechnologies.TryGetValue(TextKey.Normalize(request.EquipmentType), out var tech) && variants.Contains(tech))
            {
                variant = tech;
            }
        }

        var factor = set.Find(material.Key, request.SourceType, variant);
        if (factor is not null)
        {
            return FactorResolution.Of(factor);
        }

        var types = set.Factors.Where(f => f.MaterialKey == material.Key).Select(f => f.SourceType).Distinct().ToList();
        return types.Count == 0
            ? FactorResolution.Fail("material",
                $"係數集 {set.Id} 沒有「{material.NameZh}」的係數",
                $"factor set {set.Id} has no factor for {material.NameEn}")
            : FactorResolution.Fail("source_type",
                $"係數集 {set.Id} 的「{material.NameZh}」只有{string.Join("、", types.Select(SourceTypes.NameZh))}係數，沒有{SourceTypes.NameZh(request.SourceType)}",
                $"factor set {set.Id} has {material.NameEn} only as {string.Join(", ", types.Select(SourceTypes.Key))}, not {SourceTypes.Key(request.SourceType)}");
    }

    private static FactorResolution WrongType(FactorRequest request, SourceType expected) =>
        FactorResolution.Fail("source_type",
            $"「{request.Material.NameZh}」的排放型式應為{SourceTypes.NameZh(expected)}，不是{SourceTypes.NameZh(request.SourceType)}",
            $"{request.Material.NameEn} is a {SourceTypes.Key(expected)} source, not {SourceTypes.Key(request.SourceType)}");
}
