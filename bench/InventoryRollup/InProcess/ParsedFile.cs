using Tanpan.Core.Inventory;

namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>The validated rows of the file and how long reading and validating them took.</summary>
internal sealed record ParsedFile(List<ActivityRow> Rows, double Seconds);
