namespace Tanpan.Documents.ActivityFiles;

/// <summary>What the row reader noticed besides cell values.</summary>
internal sealed class XlsxSheetNotes
{
    public string? MergedRange { get; set; }

    public int MergedRow { get; set; }

    public Dictionary<int, string> FormulaWithoutValue { get; } = [];
}
