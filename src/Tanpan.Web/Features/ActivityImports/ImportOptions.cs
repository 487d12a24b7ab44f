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

    /// <summary>Import jobs that may wait for the runner (<c>Import:QueueCapacity</c>); one more is refused with 503.</summary>
    public int QueueCapacity { get; set; } = 8;
}
