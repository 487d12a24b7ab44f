namespace Tanpan.Web;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;ResultsResource&gt;</c>: the results pages' strings in
/// <c>Resources/ResultsResource.resx</c> (Traditional Chinese) and <c>.en.resx</c>.
/// </summary>
public sealed class ResultsResource;
