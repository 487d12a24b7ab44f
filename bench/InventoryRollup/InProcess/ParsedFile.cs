using Tanpan.Core.Inventory;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>The validated rows of the file and how long the two parse phases took.</summary>
/// <param name="Rows">Every row, validated by Tanpan.Core's ActivityRowReader.</param>
/// <param name="ReadSeconds">CSV → RawActivityRecord (the CLI's reader: encoding check, CsvHelper, header map).</param>
/// <param name="ValidateSeconds">RawActivityRecord → ActivityRow (names, units, amounts, years).</param>
internal sealed record ParsedFile(List<ActivityRow> Rows, double ReadSeconds, double ValidateSeconds);
