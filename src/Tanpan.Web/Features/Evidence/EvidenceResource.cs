namespace Tanpan.Web.Features.Evidence;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;EvidenceResource&gt;</c>: the strings of the evidence page in
/// <c>EvidenceResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class EvidenceResource;
