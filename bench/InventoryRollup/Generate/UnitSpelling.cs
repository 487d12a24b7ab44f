namespace Tanpan.Bench.InventoryRollup.Generate;

/// <summary>A unit as written in the file: its text, base units per one of it, and the decimals printed.</summary>
internal readonly record struct UnitSpelling(string Text, double BaseUnits, int Decimals);
