namespace Tanpan.Web.Features.Evidence;

/// <summary>An evidence file of an activity entry; <see cref="DownloadUrl"/> answers with the bytes as an attachment.</summary>
public sealed record EvidenceResponse(
    Guid Id, Guid ActivityEntryId, string FileName, string ContentType, long SizeBytes, string Sha256, DateTimeOffset UploadedAt, string DownloadUrl);
