using Tanpan.Web.Infrastructure;
namespace Tanpan.Web.Features.ActivityImports;

/// <summary>A problem of the file or of one cell: the sheet ("" for CSV), the line as in the file, the column key, both languages.</summary>
public sealed record ImportProblem(string Sheet, int Line, string Column, string MessageZh, string MessageEn);

/// <summary>A source the import would create (or created): facility name, type key, material key, process, equipment.</summary>
public sealed record ImportSource(string Facility, string SourceType, string Material, string? Process, string? Equipment);

/// <summary>
/// The answer of <c>POST /inventories/{id}/import</c>: the problems (empty when the file can be imported) and the plan
/// — facilities and sources to create, entries added, changed and left unchanged. <c>Committed</c> is true once saved.
/// </summary>
public sealed record ImportPreview(
    string FileName,
    string Format,
    int Rows,
    bool Committed,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<string> FacilitiesToCreate,
    IReadOnlyList<ImportSource> SourcesToCreate,
    int Added,
    int Changed,
    int Unchanged,
    IReadOnlyList<ImportOverlap>? Overlaps = null,
    string? OverlapChoice = null,
    int Replaced = 0,
    int Skipped = 0);

/// <summary>A stored entry a file row overlaps: its period (<c>2024-03</c>, <c>2024</c>), amount and unit as typed.</summary>
public sealed record ImportOverlapEntry(Guid Id, string Period, decimal Amount, string Unit);

/// <summary>
/// A file row whose period overlaps stored entries of the same source: counted twice unless the user chooses per file
/// to <c>replace</c> the stored entries, <c>keep</c> both (with a reason) or <c>skip</c> the row.
/// </summary>
public sealed record ImportOverlap(int Line, string Facility, string? Process, string? Equipment, string Material, string Period, decimal Amount, string Unit,
    IReadOnlyList<ImportOverlapEntry> Existing);

/// <summary>
/// What the user decided after the preview: <see cref="Overlap"/> <c>replace</c>, <c>keep</c> (with
/// <see cref="OverlapReason"/>) or <c>skip</c> for every overlapping row; <see cref="ConfirmNewFacilities"/> to create the
/// facilities the organisation does not have. A commit without the decisions its file needs saves nothing.
/// </summary>
public sealed record ImportDecisions(string? Overlap = null, string? OverlapReason = null, bool ConfirmNewFacilities = false)
{
    public static readonly ImportDecisions None = new();

    public static readonly string[] Choices = ["replace", "keep", "skip"];
}
