namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;DocumentsResource&gt;</c>: the strings of the documents page (清冊, 報告書, data quality)
/// and of the NT$ estimate, in <c>DocumentsResource.resx</c> beside it (Traditional Chinese) and <c>.en.resx</c>.
/// </summary>
public sealed class DocumentsResource;
