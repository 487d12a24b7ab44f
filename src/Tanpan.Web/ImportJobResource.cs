namespace Tanpan.Web;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;ImportJobResource&gt;</c>: the strings of the import job page in
/// <c>Resources/ImportJobResource.resx</c> (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class ImportJobResource;
