using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Core.Inventory;

/// <summary>
/// A validated activity row. The amount and unit are kept as typed (<see cref="UnitText"/>) for the
/// audit trail; <see cref="Unit"/> is what the text means.
/// </summary>
public sealed record ActivityRow(
    int Line,
    string Facility,
    SourceType SourceType,
    Material Material,
    string MaterialText,
    decimal Amount,
    Unit Unit,
    string UnitText,
    int Year,
    int? Month)
{
    public string? Source { get; init; }

    public string? Process { get; init; }

    public string? Equipment { get; init; }

    public string? EquipmentType { get; init; }

    public string? DataSource { get; init; }

    public string? Evidence { get; init; }

    /// <summary>The bill's period (計費期間) when the file gives one, else null.</summary>
    public BillPeriod? Period { get; init; }

    /// <summary>Set when this row is the share of a year-crossing bill allocated by days (an estimate), else null.</summary>
    public BillPart? Part { get; init; }
}
