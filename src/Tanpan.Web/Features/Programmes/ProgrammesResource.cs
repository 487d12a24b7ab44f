namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;ProgrammesResource&gt;</c>: the strings of the programme pages in
/// <c>ProgrammesResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class ProgrammesResource;
