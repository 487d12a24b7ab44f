namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;ResultsResource&gt;</c>: the results pages' strings in
/// <c>ResultsResource.resx</c> beside it (Traditional Chinese) and <c>.en.resx</c>.
/// </summary>
public sealed class ResultsResource;
