namespace Tanpan.Web.Features.Members;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;MembersResource&gt;</c>: the strings of the members and invitation pages in
/// <c>MembersResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class MembersResource;
