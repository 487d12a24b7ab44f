namespace Tanpan.Web.Data.Entities;

/// <summary>
/// An uploaded document (bill, meter photo, invoice) backing one activity entry. The foreign key
/// (organisation, inventory, entry) keeps the three consistent; deleting the entry deletes its rows.
/// </summary>
public sealed class EvidenceFile : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid InventoryYearId { get; set; }

    public Guid ActivityEntryId { get; set; }

    /// <summary>The name the uploader's file had, sanitised (no path, no control characters).</summary>
    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>Name of the stored bytes in the evidence folder: a generated GUID, never the user's name.</summary>
    public required string StoredPath { get; set; }

    /// <summary>SHA-256 of the content, 64 lower-case hex digits.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
