namespace Tanpan.Web.Features.ProgrammeKpis;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;ProgrammeKpisResource&gt;</c>: the strings of the programme dashboard and the sector
/// roll-up in <c>ProgrammeKpisResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class ProgrammeKpisResource;
