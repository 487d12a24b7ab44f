namespace Tanpan.Documents.ProductReport;

/// <summary>
/// What the product documents say besides the footprint: the organisation and when they were generated (the CLI takes
/// <c>SOURCE_DATE_EPOCH</c> when set, so the documents can be reproduced byte for byte in their text).
/// </summary>
public sealed record ProductDocumentInfo(string OrganisationName, DateTimeOffset GeneratedAt);
