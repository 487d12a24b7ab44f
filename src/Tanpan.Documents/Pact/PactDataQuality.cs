namespace Tanpan.Documents.Pact;

/// <summary>
/// Data-quality ratings. v3 has three (technological, geographical, temporal; PACT v3.0 DataQualityIndicators);
/// v2 needs three more and the coverage, each rating 1–3 there (v2.3 DataQualityIndicators), so v2 carries the
/// block only when all six and the coverage are known.
/// </summary>
public sealed record PactDataQuality(decimal Technological, decimal Geographical, decimal Temporal)
{
    public decimal? Completeness { get; init; }

    public decimal? Reliability { get; init; }

    /// <summary>Percent of the footprint's emissions the ratings cover (v2 <c>coveragePercent</c>).</summary>
    public decimal? CoveragePercent { get; init; }
}
