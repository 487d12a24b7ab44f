namespace Tanpan.Web.Features.Evidence;

/// <summary>Settings under <c>Evidence</c>: where uploaded files are kept, how large one may be and how often leftovers are swept.</summary>
public sealed class EvidenceOptions
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>Largest accepted file in bytes (<c>Evidence:MaxBytes</c>); 10 MB by default.</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>The folder (<c>Evidence:Path</c>); a relative path is taken from the content root, never the web root.</summary>
    public string Path { get; set; } = "data/evidence";

    /// <summary>How often stored files no row names are deleted (<c>Evidence:SweepEvery</c>); also once at start-up.</summary>
    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromHours(1);
}
