namespace Tanpan.Web.Features.Monitoring;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;MonitoringResource&gt;</c>: the strings of the energy-monitoring pages (peak-shift
/// simulator, meter alerts, dashboards) in <c>MonitoringResource.resx</c> beside it (Traditional Chinese) and <c>.en.resx</c>.
/// </summary>
public sealed class MonitoringResource;
