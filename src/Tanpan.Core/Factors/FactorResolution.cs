namespace Tanpan.Core.Factors;

/// <summary>
/// The factor chosen for a row, the refrigerant equipment type whose leak rate applies (when the
/// amount is a charge), or the problem that stopped the choice.
/// </summary>
public sealed record FactorResolution(EmissionFactor? Factor, EquipmentType? Equipment, Problem? Problem)
{
    public static FactorResolution Of(EmissionFactor factor, EquipmentType? equipment = null) => new(factor, equipment, null);

    public static FactorResolution Fail(string column, string zh, string en) => new(null, null, new Problem(column, zh, en));
}
