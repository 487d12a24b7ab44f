using Tanpan.Core.Factors;
using Tanpan.Core.Gases;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Core.Inventory;

/// <summary>
/// How every row of one kind (material, source type, equipment type, year, unit) is computed: the
/// factor chosen, the unit the amount is converted from and into, the leak rate when the amount is a
/// refrigerant charge, and per gas the kg per unit, its reporting group and the GWP (null when the
/// factor is already CO₂e). Or, for a kind that cannot be computed, the problem.
/// </summary>
public sealed class CalculationPlan
{
    internal CalculationPlan(ActivityRow row, EmissionFactor factor, EquipmentType? equipment, Unit basisUnit, PlannedGas[] gases)
    {
        Material = row.Material;
        SourceType = row.SourceType;
        var from = row.Unit;
        Factor = factor;
        Equipment = equipment;
        From = from;
        BasisUnit = basisUnit;
        Gases = gases;
        _toBasis = from.ToBase / basisUnit.ToBase * (equipment?.LeakFraction ?? 1m);
    }

    internal CalculationPlan(ActivityRow row, Problem problem)
    {
        Material = row.Material;
        SourceType = row.SourceType;
        Problem = problem;
        From = BasisUnit = Units.Units.Kilogram;
        Gases = [];
    }

    private readonly decimal _toBasis = 1m;

    public Material Material { get; }

    public SourceType SourceType { get; }

    public EmissionFactor? Factor { get; }

    public EquipmentType? Equipment { get; }

    public Unit From { get; }

    public Unit BasisUnit { get; }

    internal PlannedGas[] Gases { get; }

    public Problem? Problem { get; }

    /// <summary>
    /// The amount the factor multiplies: the activity in the factor's unit, times the leak rate for a
    /// charge — one multiplication by (unit ratio × leak fraction), exact for every decimal unit ratio.
    /// </summary>
    public decimal Basis(decimal amount) => amount * _toBasis;

    /// <summary>
    /// The CO₂e (kg) of <paramref name="amount"/> (in the rows' unit), with the same operations as a
    /// row trace; each gas's share is added into <paramref name="byGroup"/> (indexed by <see cref="GasGroup"/>).
    /// </summary>
    public decimal AddCo2e(decimal amount, Span<decimal> byGroup)
    {
        var basis = Basis(amount);
        var total = 0m;
        foreach (ref readonly var gas in Gases.AsSpan())
        {
            var co2e = gas.Co2eKilograms(gas.Kilograms(basis));
            byGroup[(int)gas.Group] += co2e;
            total += co2e;
        }

        return total;
    }

    internal readonly record struct PlannedGas(string Species, GasGroup Group, decimal KgPerUnit, decimal? Gwp)
    {
        public decimal Kilograms(decimal basis) => basis * KgPerUnit;

        public decimal Co2eKilograms(decimal kilograms) => Gwp is { } g ? kilograms * g : kilograms;
    }
}
