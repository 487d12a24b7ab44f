using Tanpan.Core.Sources;

namespace Tanpan.Documents.Inventories;

/// <summary>
/// The significance of one emission source as the app shows it — R 排放量, C 控制程度, P 數據取得 (1–5 each: the organisation's
/// scores, or derived by <see cref="SignificanceRule.Assess"/> where it gave none) — matched to a source of the documents
/// by facility, source name and material key. A source without one is assessed from the document's own figures.
/// </summary>
public sealed record SourceSignificance(string Facility, string Source, string MaterialKey, SignificanceScores Scores, bool RequiredByLawOrCustomer, int Category)
{
    public int Score => Scores.Score;

    public bool IsSignificant => SignificanceRule.IsSignificant(Category, Score, RequiredByLawOrCustomer);
}
