namespace Tanpan.Web.Features.FirstAnswer;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;FirstAnswerResource&gt;</c>: the strings of the first-answer page in
/// <c>FirstAnswerResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class FirstAnswerResource;
