namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A photo or document of a <see cref="CaseVisit"/>, kept by the case-visit file store (the Evidence feature's bounded
/// store in a folder of its own: size limit, type judged by content, generated names).
/// </summary>
public sealed class CaseVisitFile : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid VisitId { get; set; }

    /// <summary>The uploader's file name, sanitised (no path, no control characters).</summary>
    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>Name of the stored bytes: a generated GUID, never the user's name.</summary>
    public required string StoredPath { get; set; }

    /// <summary>SHA-256 of the content, 64 lower-case hex digits.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
