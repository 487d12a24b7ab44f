using Tanpan.Core.Inventory;
using Tanpan.Core.Products;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Documents.Products;
using Tanpan.Documents.ProductReport;

namespace Tanpan.Documents.Tests.Support;

/// <summary>
/// The seed 001 aluminium sample (samples/products/README.md) as <c>tanpan product footprint</c> computes it: the activity
/// file with the default factor and GWP sets, the products and BOM files, mass allocation; documents dated as with
/// <c>SOURCE_DATE_EPOCH=1767225600</c>.
/// </summary>
internal static class SampleFootprints
{
    public const string Activity = "samples/products/aluminium-2021-activity.csv";
    public const string Products = "samples/products/aluminium-2021-products.csv";
    public const string Bom = "samples/products/aluminium-2021-bom.csv";

    public static readonly ProductDocumentInfo Info = new("示範鋁業股份有限公司", DateTimeOffset.FromUnixTimeSeconds(1767225600));

    private static readonly Lazy<IReadOnlyList<ProductFootprint>> All = new(() => Calculate(Products, Bom));

    public static ProductFootprint Of(string code) => All.Value.Single(f => f.Product.Code == code);

    public static string WriteTo(string path, Action<Stream> write)
    {
        using (var stream = File.Create(path))
        {
            write(stream);
        }

        return path;
    }

    /// <summary>The footprints of the sample's activity file with another products file and, when given, BOM file.</summary>
    public static IReadOnlyList<ProductFootprint> Calculate(string products, string? bom, FootprintOptions? options = null)
    {
        var inventory = InventoryCalculation.Run(ActivityFileReader.Open(Activity).Records, new InventoryOptions()).Result!;
        var (data, issues) = ProductFile.Read(products);
        issues.ShouldBeEmpty();
        if (bom is not null)
        {
            data = data! with { Bom = BomFile.Read(bom).Lines! };
        }

        var outcome = ProductFootprintCalculator.Calculate(inventory, data!, options);
        outcome.Issues.ShouldBeEmpty();
        return outcome.Footprints;
    }
}
