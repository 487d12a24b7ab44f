namespace Tanpan.Web.Features.Products;

public static class ProductsHostingExtensions
{
    public static IServiceCollection AddProducts(this IServiceCollection services)
    {
        services.AddScoped<ProductService>();
        services.AddScoped<ProductFootprints>();
        return services;
    }
}
