namespace Tanpan.Web;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;MonitoringResource&gt;</c>: the strings of the energy-monitoring pages (peak-shift
/// simulator, meter alerts, dashboards) in <c>Resources/MonitoringResource.resx</c> (Traditional Chinese) and <c>.en.resx</c>.
/// </summary>
public sealed class MonitoringResource;
