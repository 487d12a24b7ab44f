namespace Tanpan.Web.Features.ActivityImports;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;ImportResource&gt;</c>: the strings of the import page in
/// <c>ImportResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class ImportResource;
