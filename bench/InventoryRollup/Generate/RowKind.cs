namespace Tanpan.Bench.InventoryRollup.Generate;

/// <summary>
/// One kind of activity row in the generated file. Spellings repeat to weight the draw (the English
/// key most often, MOENV Chinese names and aliases sometimes) so that name and unit parsing is
/// exercised the way real uploads exercise it.
/// </summary>
/// <param name="Weight">Relative frequency among the non-electricity rows.</param>
/// <param name="SourceTypes">source_type spellings.</param>
/// <param name="Materials">material spellings, all known to data/factors/materials.csv.</param>
/// <param name="Units">unit spellings with how many base units one of them is.</param>
/// <param name="Min">Smallest monthly amount in the base unit, for a facility of scale 1.</param>
/// <param name="Max">Largest monthly amount in the base unit, for a facility of scale 1.</param>
/// <param name="Sources">Names for the source column.</param>
internal sealed record RowKind(
    int Weight, string[] SourceTypes, string[] Materials, UnitSpelling[] Units, double Min, double Max, string[] Sources);
