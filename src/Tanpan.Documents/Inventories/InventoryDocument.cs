using Tanpan.Core.Factors;
using Tanpan.Core.Gases;
using Tanpan.Core.Inventory;
using Tanpan.Core.Quality;

namespace Tanpan.Documents.Inventories;

/// <summary>
/// Everything the export writers need: a calculated inventory with its row traces, its data-quality and
/// uncertainty assessment, the pinned factor and GWP sets, and the organisation's details.
/// </summary>
public sealed record InventoryDocument(InventoryResult Result, QualityAssessment Quality, FactorSetInfo FactorSet, GwpSet Gwp, InventoryDocumentInfo Info)
{
    /// <summary>Assesses <paramref name="result"/> (calculated with <see cref="InventoryOptions.KeepRows"/>) for the documents.</summary>
    public static InventoryDocument Create(InventoryResult result, FactorLibrary library, InventoryDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(library);
        var set = library.FindSet(result.FactorSetId) ?? throw new ArgumentException($"Unknown factor set {result.FactorSetId}.", nameof(result));
        var gwp = library.FindGwpSet(result.GwpSetId) ?? throw new ArgumentException($"Unknown GWP set {result.GwpSetId}.", nameof(result));
        return new InventoryDocument(result, QualityAssessment.Of(result), set.Info, gwp, info);
    }

    /// <summary>Source number as shown in the documents (S01 is the largest source), by the file line of a row.</summary>
    public IReadOnlyDictionary<int, int> SourceOfLine { get; } = (Quality ?? throw new ArgumentNullException(nameof(Quality))).Sources
        .SelectMany((s, i) => s.Lines.Select(line => (line, i)))
        .ToDictionary(x => x.line, x => x.i);

    public static string SourceId(int index) => $"S{index + 1:00}";
}
