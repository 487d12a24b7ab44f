namespace Tanpan.Web.Features.Tariffs;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;TariffPlansResource&gt;</c>: the strings of the organisation's tariff-plan pages and the
/// simulator's load-block form, in <c>TariffPlansResource.resx</c> beside it (Traditional Chinese) and <c>.en.resx</c>.
/// </summary>
public sealed class TariffPlansResource;
