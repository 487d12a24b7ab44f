namespace Tanpan.Core.Inventory;

/// <summary>The columns of an activity-data file (docs/activity-data-format.md).</summary>
public enum ActivityColumn
{
    Facility,
    SourceType,
    Material,
    Activity,
    Unit,
    Year,
    Month,
    Source,
    Process,
    Equipment,
    EquipmentType,
    DataSource,
    Evidence,
    PeriodFrom,
    PeriodTo,
}
