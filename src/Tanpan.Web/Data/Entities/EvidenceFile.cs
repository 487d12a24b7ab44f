namespace Tanpan.Web.Data.Entities;

/// <summary>An uploaded document (bill, meter photo, invoice) backing activity data.</summary>
public sealed class EvidenceFile : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>Path of the stored bytes, relative to the app's evidence folder.</summary>
    public required string StoredPath { get; set; }

    /// <summary>SHA-256 of the content, 64 lower-case hex digits.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
