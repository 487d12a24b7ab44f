namespace Tanpan.Web;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;EvidenceResource&gt;</c>: the strings of the evidence page in
/// <c>Resources/EvidenceResource.resx</c> (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class EvidenceResource;
