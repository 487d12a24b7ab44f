namespace Tanpan.Web.Features.Evidence;

/// <summary>Why an upload was refused.</summary>
public enum EvidenceRefusal
{
    None,
    TooLarge,
    Unsupported,
}

/// <summary>The outcome of <see cref="EvidenceStore.SaveAsync"/>: the stored file, or why there is none.</summary>
public sealed record StoredEvidence(string StoredName, string ContentType, long SizeBytes, string Sha256, EvidenceRefusal Refusal)
{
    public static readonly StoredEvidence TooLarge = new("", "", 0, "", EvidenceRefusal.TooLarge);

    public static readonly StoredEvidence Unsupported = new("", "", 0, "", EvidenceRefusal.Unsupported);
}
