namespace Tanpan.Web;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;PlanningResource&gt;</c>: the strings of the reduction-planning pages (measure
/// calculators, case library, hotspot suggestions, carbon-fee outlook), in <c>Resources/PlanningResource.resx</c>
/// (Traditional Chinese) and <c>.en.resx</c>.
/// </summary>
public sealed class PlanningResource;
