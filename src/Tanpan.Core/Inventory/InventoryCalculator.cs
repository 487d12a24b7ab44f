using Tanpan.Core.Factors;
using Tanpan.Core.Gases;
using Tanpan.Core.Units;

namespace Tanpan.Core.Inventory;

/// <summary>
/// Computes one row: activity converted to the factor's unit × kg of each gas per unit × GWP, summed
/// to CO₂e (DESIGN.md, calculation rules). Electricity and steam factors are already CO₂e and get no
/// GWP. A refrigerant entered with an equipment type is a charge: charge × leak rate is what escaped.
/// All arithmetic is <see cref="decimal"/>; nothing is rounded here. Factor choices are cached per
/// (material, source type, equipment type, year, unit), so large files cost one lookup per distinct row kind.
/// </summary>
public sealed class InventoryCalculator
{
    private readonly FactorLibrary _library;
    private readonly FactorSet _set;
    private readonly GwpSet _gwp;
    private readonly IReadOnlyList<EmissionFactor> _userFactors;
    private readonly Dictionary<PlanKey, Plan> _plans = [];

    public InventoryCalculator(FactorLibrary library, InventoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(options);
        _library = library;
        _set = library.FindSet(options.FactorSetId)
            ?? throw new ArgumentException($"Unknown factor set '{options.FactorSetId}' (known: {string.Join(", ", library.Sets.Select(s => s.Id))}).", nameof(options));
        _gwp = library.FindGwpSet(options.GwpSetId)
            ?? throw new ArgumentException($"Unknown GWP set '{options.GwpSetId}' (known: {string.Join(", ", library.GwpSets.Keys)}).", nameof(options));
        _userFactors = options.UserFactors;
    }

    public FactorSet FactorSet => _set;

    public GwpSet GwpSet => _gwp;

    /// <summary>Computes the row, or adds the reasons it cannot be computed to <paramref name="issues"/> and returns null.</summary>
    public RowResult? Calculate(ActivityRow row, List<ActivityIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(issues);
        var key = new PlanKey(row.Material.Key, row.SourceType, row.EquipmentType, row.Year, row.Unit);
        if (!_plans.TryGetValue(key, out var plan))
        {
            plan = MakePlan(row);
            _plans[key] = plan;
        }

        if (plan.Problem is { } p)
        {
            issues.Add(new ActivityIssue(row.Line, p.Column, p.MessageZh, p.MessageEn));
            return null;
        }

        var converted = row.Unit.ConvertTo(row.Amount, plan.BasisUnit);
        var basis = plan.Equipment is null ? converted : converted * plan.Equipment.LeakFraction;
        var gases = new GasEmission[plan.Gases.Length];
        var total = Co2e.Zero;
        for (var i = 0; i < gases.Length; i++)
        {
            var (species, kgPerUnit, gwp) = plan.Gases[i];
            var kg = basis * kgPerUnit;
            var co2e = Co2e.FromKilograms(gwp is { } g ? kg * g : kg);
            gases[i] = new GasEmission(species, kgPerUnit, kg, gwp, co2e);
            total += co2e;
        }

        return new RowResult(row, plan.Factor!, _gwp.Id, converted, plan.BasisUnit, plan.Equipment, basis, gases, total);
    }

    private Plan MakePlan(ActivityRow row)
    {
        var resolution = _library.Resolve(new FactorRequest(row.Material, row.SourceType, row.Year, row.EquipmentType), _set, _userFactors);
        if (resolution.Problem is { } problem)
        {
            return Plan.Failed(problem);
        }

        var factor = resolution.Factor!;
        IReadOnlyList<GasFactor> gases;
        Unit basisUnit;
        if (row.Unit.Dimension == factor.Unit.Dimension)
        {
            (gases, basisUnit) = (factor.Gases, factor.Unit);
        }
        else if (row.Unit.Dimension == Dimension.Energy && factor.PerTerajoule is { } perTj)
        {
            (gases, basisUnit) = (perTj, Units.Units.Terajoule);
        }
        else
        {
            return Plan.Failed(new Problem("unit",
                $"單位「{row.UnitText}」({DimensionZh(row.Unit.Dimension)}) 與係數 {factor.Id} 的單位 {factor.Unit.Key} ({DimensionZh(factor.Unit.Dimension)}) 不同維度",
                $"unit '{row.UnitText}' is a {row.Unit.Dimension.ToString().ToLowerInvariant()} unit but factor {factor.Id} is per {factor.Unit.Key} ({factor.Unit.Dimension.ToString().ToLowerInvariant()})"));
        }

        var planned = new (string, decimal, decimal?)[gases.Count];
        for (var i = 0; i < gases.Count; i++)
        {
            var gas = gases[i];
            decimal? gwp = null;
            if (!factor.IsCo2e)
            {
                gwp = _gwp.Find(gas.Species);
                if (gwp is null)
                {
                    return Plan.Failed(new Problem("material",
                        $"GWP 組 {_gwp.Id} 沒有 {GasSpecies.Display(gas.Species)} 的值", $"GWP set {_gwp.Id} has no value for {GasSpecies.Display(gas.Species)}"));
                }
            }

            planned[i] = (gas.Species, gas.KgPerUnit, gwp);
        }

        return new Plan(factor, resolution.Equipment, basisUnit, planned, null);
    }

    private static string DimensionZh(Dimension d) => d switch
    {
        Dimension.Mass => "質量",
        Dimension.Volume => "體積",
        Dimension.Energy => "能量",
        Dimension.LaborTime => "人時",
        _ => "金額",
    };

    private readonly record struct PlanKey(string Material, Sources.SourceType Type, string? EquipmentType, int Year, Unit Unit);

    private sealed record Plan(EmissionFactor? Factor, EquipmentType? Equipment, Unit BasisUnit, (string Species, decimal KgPerUnit, decimal? Gwp)[] Gases, Problem? Problem)
    {
        public static Plan Failed(Problem problem) => new(null, null, Units.Units.Kilogram, [], problem);
    }
}
