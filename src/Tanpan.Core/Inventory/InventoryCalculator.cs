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
    private readonly Dictionary<PlanKey, int> _planIds = [];
    private readonly List<CalculationPlan> _plans = [];

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

    /// <summary>The plans made so far; a plan id indexes this list.</summary>
    public IReadOnlyList<CalculationPlan> Plans => _plans;

    /// <summary>The id of the plan for this kind of row, or -1 after adding the reason it cannot be computed to <paramref name="issues"/>.</summary>
    public int PlanFor(ActivityRow row, List<ActivityIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(issues);
        var key = new PlanKey(row.Material.Key, row.SourceType, row.EquipmentType, row.Year, row.Unit.Key);
        if (!_planIds.TryGetValue(key, out var id))
        {
            id = _plans.Count;
            _plans.Add(MakePlan(row));
            _planIds[key] = id;
        }

        if (_plans[id].Problem is { } p)
        {
            issues.Add(new ActivityIssue(row.Line, p.Column, p.MessageZh, p.MessageEn));
            return -1;
        }

        return id;
    }

    /// <summary>Computes the row, or adds the reasons it cannot be computed to <paramref name="issues"/> and returns null.</summary>
    public RowResult? Calculate(ActivityRow row, List<ActivityIssue> issues)
    {
        var plan = PlanFor(row, issues);
        return plan < 0 ? null : Calculate(row, plan);
    }

    /// <summary>Computes a row with the plan <see cref="PlanFor"/> gave it, keeping the full trace.</summary>
    public RowResult Calculate(ActivityRow row, int planId)
    {
        ArgumentNullException.ThrowIfNull(row);
        var plan = _plans[planId];
        var converted = plan.From.ConvertTo(row.Amount, plan.BasisUnit);
        var basis = plan.Basis(row.Amount);
        var gases = new GasEmission[plan.Gases.Length];
        var total = Co2e.Zero;
        for (var i = 0; i < gases.Length; i++)
        {
            var gas = plan.Gases[i];
            var kg = gas.Kilograms(basis);
            var co2e = Co2e.FromKilograms(gas.Co2eKilograms(kg));
            gases[i] = new GasEmission(gas.Species, gas.KgPerUnit, kg, gas.Gwp, co2e);
            total += co2e;
        }

        return new RowResult(row, plan.Factor!, _gwp.Id, converted, plan.BasisUnit, plan.Equipment, basis, gases, total);
    }

    private CalculationPlan MakePlan(ActivityRow row)
    {
        var resolution = _library.Resolve(new FactorRequest(row.Material, row.SourceType, row.Year, row.EquipmentType), _set, _userFactors);
        if (resolution.Problem is { } problem)
        {
            return new CalculationPlan(row, problem);
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
        else if (factor.PerTerajoule is not null && factor.HeatValueKcal is null)
        {
            // moenv-2024 coal and coke: MOENV publishes kg/TJ, Tanpan ships no heat value for them (data/factors/README.md).
            return new CalculationPlan(row, new Problem("unit",
                $"係數 {factor.Id} 以每兆焦耳 (TJ) 計，未內建熱值：請以能量單位（TJ、GJ、kcal）填入，即用量 × 供應商檢驗的熱值",
                $"factor {factor.Id} is per TJ and no heat value is shipped for it: enter the energy (TJ, GJ, kcal), i.e. the amount × the supplier's tested heat value"));
        }
        else
        {
            return new CalculationPlan(row, ActivityUnitRule.Mismatch(row.Unit, row.UnitText, factor));
        }

        var planned = new CalculationPlan.PlannedGas[gases.Count];
        for (var i = 0; i < gases.Count; i++)
        {
            var gas = gases[i];
            decimal? gwp = null;
            if (!factor.IsCo2e)
            {
                gwp = _gwp.Find(gas.Species);
                if (gwp is null)
                {
                    return new CalculationPlan(row, new Problem("material",
                        $"GWP 組 {_gwp.Id} 沒有 {GasSpecies.Display(gas.Species)} 的值", $"GWP set {_gwp.Id} has no value for {GasSpecies.Display(gas.Species)}"));
                }
            }

            // Already-CO₂e factors (grid electricity, steam) are reported under CO2, as the MOENV 彙總表 does.
            var group = factor.IsCo2e ? GasGroup.CO2 : GasSpecies.GroupOf(gas.Species);
            if (group is null)
            {
                return new CalculationPlan(row, new Problem("material",
                    $"{GasSpecies.Display(gas.Species)} 不屬於七種管制溫室氣體，請另行申報", $"{GasSpecies.Display(gas.Species)} is not one of the seven regulated greenhouse gases; report it separately"));
            }

            planned[i] = new CalculationPlan.PlannedGas(gas.Species, group.Value, gas.KgPerUnit, gwp);
        }

        return new CalculationPlan(row, factor, resolution.Equipment, basisUnit, planned);
    }

    private readonly record struct PlanKey(string Material, Sources.SourceType Type, string? EquipmentType, int Year, string Unit);
}
