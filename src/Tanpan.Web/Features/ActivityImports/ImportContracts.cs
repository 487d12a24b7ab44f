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
    int Unchanged);
