using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Core.Inventory;

/// <summary>
/// The emission of one activity row with its full trace: the amount and unit as typed, the amount
/// converted into the factor's unit (<see cref="ConvertedAmount"/> in <see cref="ConvertedUnit"/>),
/// the leak rate where a refrigerant charge was entered, the factor (id, set and version), the GWP
/// set, kilograms per gas and the CO₂e total.
/// </summary>
public sealed record RowResult(
    ActivityRow Row,
    EmissionFactor Factor,
    string GwpSetId,
    decimal ConvertedAmount,
    Unit ConvertedUnit,
    EquipmentType? Equipment,
    decimal FactorBasis,
    IReadOnlyList<GasEmission> Gases,
    Co2e Total)
{
    /// <summary>ISO 14064-1 category (1–6).</summary>
    public int Category => SourceTypes.Category(Row.SourceType);

    /// <summary>GHG Protocol scope (1–3).</summary>
    public int Scope => IsoCategories.Scope(Category);
}
