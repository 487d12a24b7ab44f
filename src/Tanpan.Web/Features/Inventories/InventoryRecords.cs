using System.Globalization;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// Stored activity entries as the rows of an activity file, so the web results come from the same
/// calculation as the CLI's. Row <c>n</c> of <see cref="Entries"/> is line <c>n + 2</c> (the header is line 1).
/// </summary>
internal sealed class InventoryRecords
{
    private const int FirstLine = 2;

    public InventoryRecords(IReadOnlyList<ActivityEntry> entries, IReadOnlyDictionary<Guid, EmissionSource> sources, IReadOnlyDictionary<Guid, string> facilities)
    {
        Entries = entries;
        Records = entries.Select((entry, i) => Record(FirstLine + i, entry, sources[entry.EmissionSourceId], facilities)).ToList();
    }

    public IReadOnlyList<ActivityEntry> Entries { get; }

    public IReadOnlyList<RawActivityRecord> Records { get; }

    /// <summary>The entry of a line, or null for a line that is not an entry's (e.g. "no rows").</summary>
    public ActivityEntry? EntryAt(int line) => line - FirstLine is var i && i >= 0 && i < Entries.Count ? Entries[i] : null;

    private static RawActivityRecord Record(int line, ActivityEntry entry, EmissionSource source, IReadOnlyDictionary<Guid, string> facilities)
    {
        var cells = new string?[RawActivityRecord.ColumnCount];
        cells[(int)ActivityColumn.Facility] = facilities[source.FacilityId];
        cells[(int)ActivityColumn.SourceType] = SourceTypes.Key(source.SourceType);
        cells[(int)ActivityColumn.Material] = source.MaterialKey;
        cells[(int)ActivityColumn.Activity] = entry.Amount.ToString(CultureInfo.InvariantCulture);
        cells[(int)ActivityColumn.Unit] = entry.Unit;
        cells[(int)ActivityColumn.Year] = entry.Year.ToString(CultureInfo.InvariantCulture);
        cells[(int)ActivityColumn.Month] = entry.Month?.ToString(CultureInfo.InvariantCulture);
        cells[(int)ActivityColumn.Source] = source.Process ?? source.Equipment;
        cells[(int)ActivityColumn.Process] = source.Process;
        cells[(int)ActivityColumn.Equipment] = source.Equipment;
        cells[(int)ActivityColumn.EquipmentType] = source.EquipmentType;
        cells[(int)ActivityColumn.DataSource] = entry.DataSourceMethod;
        return new RawActivityRecord(line, cells);
    }
}
