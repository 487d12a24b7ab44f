namespace Tanpan.Core.Inventory.Rollup;

/// <summary>
/// A roll-up cell: one emission source (facility + source name, or equipment, or process) computed
/// with one plan. Every row of a cell shares unit, factor and GWP, so its amounts can be summed first
/// and the factor applied once.
/// </summary>
public readonly record struct CellKey(string Facility, string Source, int Plan);
