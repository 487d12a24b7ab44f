using Microsoft.Extensions.Options;
using Tanpan.Web.Features.Evidence;

namespace Tanpan.Web.Features.ProgrammeCases;

/// <summary>
/// Where visit photos and documents are kept: the Evidence feature's store (size limit <c>Evidence:MaxBytes</c>, type
/// judged by the content, generated names, nothing left behind by a refused upload) over the folder
/// <c>case-visits</c> inside the evidence folder. The evidence sweep only looks at the files directly in its own folder,
/// so it never deletes these.
/// </summary>
public sealed class CaseVisitStore(IOptions<EvidenceOptions> evidence, IHostEnvironment environment)
{
    /// <summary>At most this many files per visit.</summary>
    public const int MaxFiles = 5;

    public EvidenceStore Files { get; } = new(Options.Create(new EvidenceOptions
    {
        Path = Path.Combine(evidence.Value.Path, "case-visits"),
        MaxBytes = evidence.Value.MaxBytes,
    }), environment);
}
