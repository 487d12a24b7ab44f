using Tanpan.Documents.ActivityFiles;

namespace Tanpan.Documents.Cbam;

/// <summary>Reads a supplier's filled CBAM communication template (the EU's own workbook or one Tanpan wrote).</summary>
public static class CbamTemplateReader
{
    /// <summary>Reads the workbook at <paramref name="path"/> within <paramref name="budget"/> (64 MB by default).</summary>
    public static CbamTemplateImport Read(string path, ReadBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        _ = budget;
        throw new NotSupportedException("not read yet");
    }
}
