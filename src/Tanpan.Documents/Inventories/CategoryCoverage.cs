using Tanpan.Core.Units;
using Tanpan.Core.Quality;
using Tanpan.Core.Sources;

namespace Tanpan.Documents.Inventories;

/// <summary>How an ISO 14064-1 category is covered by an inventory's documents: sheet 2.1's category table and the 報告書's chapter 8 say the same.</summary>
public enum CategoryStatus
{
    /// <summary>Categories 1–2: quantified in full, whatever the scores.</summary>
    Mandatory,

    /// <summary>A category 3–6 with at least one significant source.</summary>
    Significant,

    /// <summary>A category 3–6 whose sources were all assessed and none is significant; they are still quantified and listed.</summary>
    AssessedNotSignificant,

    /// <summary>A category 3–6 with no source in the inventory: nothing identified, nothing quantified.</summary>
    NoSources,
}

/// <summary>
/// Every source's significance as the documents use it: the app's scores where it gave them
/// (<see cref="InventoryDocumentInfo.Significance"/>), else <see cref="SignificanceRule.Assess"/> from the document's own figures.
/// </summary>
public static class CategoryCoverage
{
    /// <summary>One entry per source of <see cref="QualityAssessment.Sources"/>, in the same order.</summary>
    public static IReadOnlyList<SourceSignificance> Assessed(InventoryDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var given = doc.Info.Significance.ToLookup(x => (x.Facility, x.Source, x.MaterialKey));
        return [.. doc.Quality.Sources.Select(s => given[(s.Facility, s.Source, s.MaterialKey)].FirstOrDefault() ?? Derived(s, doc.Quality.Total))];
    }

    public static CategoryStatus Status(int category, IReadOnlyList<SourceSignificance> assessed)
    {
        ArgumentNullException.ThrowIfNull(assessed);
        return category <= 2 ? CategoryStatus.Mandatory
            : assessed.Any(a => a.Category == category && a.IsSignificant) ? CategoryStatus.Significant
            : assessed.Any(a => a.Category == category) ? CategoryStatus.AssessedNotSignificant
            : CategoryStatus.NoSources;
    }

    private static SourceSignificance Derived(SourceQuality s, Co2e total)
    {
        var category = SourceTypes.Category(s.SourceType);
        return new(s.Facility, s.Source, s.MaterialKey, SignificanceRule.Assess(category, null, null, null, s.Total, total, s.Method), false, category);
    }
}
