using Tanpan.Core.Inventory;

namespace Tanpan.Documents.ActivityFiles;

/// <summary>
/// An opened activity-data file: problems found in the file as a whole (encoding, header, missing
/// columns) and the data rows, read lazily so that a 2-million-row file streams instead of loading.
/// </summary>
public sealed class ActivityFile(string path, string format, IReadOnlyList<ActivityIssue> fileIssues, IEnumerable<RawActivityRecord> records)
{
    public string Path { get; } = path;

    /// <summary>"CSV UTF-8", "CSV Big5", "XLSX".</summary>
    public string Format { get; } = format;

    public IReadOnlyList<ActivityIssue> FileIssues { get; } = fileIssues;

    /// <summary>The worksheet read (.xlsx), or "" for a CSV file.</summary>
    public string Sheet { get; init; } = "";

    /// <summary>The data rows; empty when <see cref="FileIssues"/> is not.</summary>
    public IEnumerable<RawActivityRecord> Records { get; } = records;
}
