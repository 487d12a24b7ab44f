namespace Tanpan.Web.Features.ActivityImports;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;ImportJobResource&gt;</c>: the strings of the import job page in
/// <c>ImportJobResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class ImportJobResource;
