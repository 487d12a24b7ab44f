using Tanpan.Core.Factors;
using Tanpan.Core.Units;

namespace Tanpan.Core.Inventory;

/// <summary>
/// The unit rule every way in shares (month grid, bill form, API, importer, calculation): the unit typed must have the
/// dimension of the factor's unit, or be an energy unit when the factor also has per-TJ values (moenv-2024). A unit of
/// the wrong dimension (公升 for electricity, 公斤 for diesel under moenv-6.0.4) is refused, never guessed.
/// </summary>
public static class ActivityUnitRule
{
    /// <summary>Null when <paramref name="unit"/> can be converted to <paramref name="factor"/>'s basis; else the problem (column <c>unit</c>).</summary>
    public static Problem? Check(Unit unit, string unitText, EmissionFactor factor)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(factor);
        return unit.Dimension == factor.Unit.Dimension || (unit.Dimension == Dimension.Energy && factor.PerTerajoule is not null)
            ? null
            : Mismatch(unit, unitText, factor);
    }

    /// <summary>The message of a unit of the wrong dimension, naming the unit field in both languages.</summary>
    public static Problem Mismatch(Unit unit, string unitText, EmissionFactor factor)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(factor);
        return new Problem("unit",
            $"單位「{unitText}」({DimensionZh(unit.Dimension)}) 與係數 {factor.Id} 的單位 {factor.Unit.Key} ({DimensionZh(factor.Unit.Dimension)}) 不同維度",
            $"unit '{unitText}' is a {unit.Dimension.ToString().ToLowerInvariant()} unit but factor {factor.Id} is per {factor.Unit.Key} ({factor.Unit.Dimension.ToString().ToLowerInvariant()})");
    }

    private static string DimensionZh(Dimension d) => d switch
    {
        Dimension.Mass => "質量",
        Dimension.Volume => "體積",
        Dimension.Energy => "能量",
        Dimension.LaborTime => "人時",
        _ => "金額",
    };
}
