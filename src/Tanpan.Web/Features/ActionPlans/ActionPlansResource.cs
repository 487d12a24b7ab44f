namespace Tanpan.Web.Features.ActionPlans;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;ActionPlansResource&gt;</c>: the strings of the action-plan pages in
/// <c>ActionPlansResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class ActionPlansResource;
