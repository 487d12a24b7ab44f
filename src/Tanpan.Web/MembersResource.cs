namespace Tanpan.Web;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;MembersResource&gt;</c>: the strings of the members and invitation pages in
/// <c>Resources/MembersResource.resx</c> (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class MembersResource;
