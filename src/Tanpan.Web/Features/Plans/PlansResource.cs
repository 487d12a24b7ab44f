namespace Tanpan.Web.Features.Plans;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;PlansResource&gt;</c>: the strings of the plan and target pages in
/// <c>PlansResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class PlansResource;
