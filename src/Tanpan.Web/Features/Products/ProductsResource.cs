namespace Tanpan.Web.Features.Products;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;ProductsResource&gt;</c>: the strings of the product pages in
/// <c>ProductsResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class ProductsResource;
