using Tanpan.Core.Factors;
using Tanpan.Core.Gases;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>
/// The roll-up a developer writes first: a factor list from the library, a LINQ hash join, one item per
/// gas, GroupBy facility and gas. No deliberate slowness; it is the baseline the Core kernel must beat.
/// </summary>
internal static class NaiveRollup
{
    public static List<NaiveFactor> Factors(FactorLibrary library, string setId, string gwpId)
    {
        var set = library.FindSet(setId) ?? throw new ArgumentException($"unknown factor set {setId}");
        var gwp = library.FindGwpSet(gwpId) ?? throw new ArgumentException($"unknown GWP set {gwpId}");
        NaiveFactor Of(EmissionFactor f, int year) => new(f.MaterialKey, f.SourceType, year, f.Unit, f.Gases
            .Select(g => new NaiveGas(GasSpecies.GroupOf(g.Species) ?? GasGroup.CO2, g.KgPerUnit, f.IsCo2e ? 1m : gwp.Find(g.Species)!.Value))
            .ToList());

        return set.Factors.Where(f => f.Variant.Length == 0).Select(f => Of(f, 0))
            .Concat(library.GridFactors.Select(g => Of(g.Value, g.Key)))
            .Concat(library.Refrigerants.Select(f => Of(f, 0)))
            .ToList();
    }

    public static List<FacilityGasTotal> Run(List<ActivityRow> rows, List<NaiveFactor> factors) =>
        rows.Join(
                factors,
                r => (r.Material.Key, r.SourceType, r.SourceType == SourceType.Electricity ? r.Year : 0),
                f => (f.MaterialKey, f.SourceType, f.Year),
                (r, f) => (Row: r, Factor: f))
            .SelectMany(x => x.Factor.Gases.Select(g => (
                x.Row.Facility,
                g.Group,
                KgCo2e: x.Row.Unit.ConvertTo(x.Row.Amount, x.Factor.Unit) * g.KgPerUnit * g.Gwp)))
            .GroupBy(x => (x.Facility, x.Group))
            .Select(g => new FacilityGasTotal(g.Key.Facility, g.Key.Group, g.Sum(x => x.KgCo2e)))
            .ToList();
}
