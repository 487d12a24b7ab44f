namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;AlertAutomationResource&gt;</c>: webhook deliveries on <c>/meters/alerts</c> and the
/// warnings about hand-typed entries in months a meter fills, in <c>AlertAutomationResource.resx</c> beside it
/// (Traditional Chinese) and <c>.en.resx</c>.
/// </summary>
public sealed class AlertAutomationResource;
