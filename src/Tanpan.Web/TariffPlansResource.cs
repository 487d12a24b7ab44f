namespace Tanpan.Web;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;TariffPlansResource&gt;</c>: the strings of the organisation's tariff-plan pages and the
/// simulator's load-block form, in <c>Resources/TariffPlansResource.resx</c> (Traditional Chinese) and <c>.en.resx</c>.
/// </summary>
public sealed class TariffPlansResource;
