namespace Tanpan.Web.Features.FollowUps;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;FollowUpsResource&gt;</c>: the strings of the follow-up pages in
/// <c>FollowUpsResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class FollowUpsResource;
