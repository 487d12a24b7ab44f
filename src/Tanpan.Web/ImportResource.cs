namespace Tanpan.Web;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;ImportResource&gt;</c>: the strings of the import page in
/// <c>Resources/ImportResource.resx</c> (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class ImportResource;
