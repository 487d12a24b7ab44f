using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Documents.Inventories;

namespace Tanpan.Documents.Tests.Support;

/// <summary>
/// Seed 001's example table (<c>samples/seed001-example-2021.csv</c>) as the document writers receive it: read, calculated
/// with the shipped factors and the default sets, and described the way <c>tanpan inventory register|report</c> describes
/// it (the organisation given, the latest row year, generated at 2026-01-01T00:00Z as with <c>SOURCE_DATE_EPOCH=1767225600</c>),
/// so the golden projections are those of the command line.
/// </summary>
internal static class ExampleInventory
{
    public const string Path = "samples/seed001-example-2021.csv";

    public const string Organisation = "示範工廠股份有限公司";

    public static readonly DateTimeOffset GeneratedAt = DateTimeOffset.FromUnixTimeSeconds(1767225600);

    public static InventoryResult Calculate(string path = Path) =>
        InventoryCalculation.Run(ActivityFileReader.Open(path).Records, new InventoryOptions()).Result!;

    public static InventoryDocument Document(string path = Path, string organisation = Organisation)
    {
        var result = Calculate(path);
        var year = result.Rows.Count == 0 ? 0 : result.Rows.Max(r => r.Row.Year);
        return InventoryDocument.Create(result, FactorLibrary.Shipped, new InventoryDocumentInfo(organisation, year, GeneratedAt));
    }

    /// <summary>Writes <paramref name="document"/> with <paramref name="write"/> to <paramref name="path"/> and returns the path.</summary>
    public static string WriteTo(string path, InventoryDocument document, Action<Stream, InventoryDocument> write)
    {
        using (var stream = File.Create(path))
        {
            write(stream, document);
        }

        return path;
    }
}
