namespace Tanpan.Documents.ProgrammeKpis;

/// <summary>
/// One sheet of the programme dashboard's workbook: a title, a note, column headers and rows of a label and numbers
/// (null: not available, left empty). Values are written as numbers, not text, so they sum and sort in a spreadsheet.
/// </summary>
public sealed record KpiSheet(string Name, string Title, string Note, IReadOnlyList<string> Headers, IReadOnlyList<KpiSheetRow> Rows);

/// <summary>A row: its label (first column) and its numbers.</summary>
public sealed record KpiSheetRow(string Label, IReadOnlyList<decimal?> Values);
