namespace Tanpan.Web.Features.ProgrammeCases;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;ProgrammeCasesResource&gt;</c>: the strings of the case pages in
/// <c>ProgrammeCasesResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class ProgrammeCasesResource;
