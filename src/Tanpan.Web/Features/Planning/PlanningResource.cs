namespace Tanpan.Web.Features.Planning;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;PlanningResource&gt;</c>: the strings of the reduction-planning pages (measure
/// calculators, case library, hotspot suggestions, carbon-fee outlook), in <c>PlanningResource.resx</c> beside it
/// (Traditional Chinese) and <c>.en.resx</c>.
/// </summary>
public sealed class PlanningResource;
