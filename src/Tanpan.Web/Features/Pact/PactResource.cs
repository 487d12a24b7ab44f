namespace Tanpan.Web.Features.Pact;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;PactResource&gt;</c>: the strings of the PACT sharing pages in <c>PactResource.resx</c>
/// beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class PactResource;
