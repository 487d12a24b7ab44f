using Tanpan.Documents.ActivityFiles;

namespace Tanpan.Web.Features.ActivityImports;

/// <summary>Settings under <c>Import</c>.</summary>
public sealed class ImportOptions
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    /// <summary>Largest accepted file in bytes (<c>Import:MaxBytes</c>); 20 MB by default; larger uploads get 413.</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>Where the import page keeps an uploaded file for its commit (<c>Import:Path</c>); relative to the content root.</summary>
    public string Path { get; set; } = "data/imports";

    /// <summary>How long the page keeps an uploaded file.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Memory one import's reader may hold at once (<c>Import:MemoryBudgetBytes</c>): 64 MB by default. A workbook whose
    /// shared strings or one row's cells need more is refused with 400 (docs/activity-data-format.md, "Limits").
    /// </summary>
    public long MemoryBudgetBytes { get; set; } = ReadBudget.DefaultBytes;

    /// <summary>How often leftover uploads are swept (<c>Import:SweepEvery</c>); they are also swept at start-up.</summary>
    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Import jobs that may wait for the runner (<c>Import:QueueCapacity</c>); one more is refused with 503.</summary>
    public int QueueCapacity { get; set; } = 8;
}
