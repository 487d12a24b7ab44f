namespace Tanpan.Core.Products;

/// <summary>
/// Data-quality ratings (DQR) as PACT v3 <c>pcf.dqi</c> has them: technological, temporal and geographical
/// representativeness, each 1 (best) to 5, stated by the organisation (Tanpan does not invent them).
/// </summary>
public sealed record DataQualityRatings(decimal? Technological, decimal? Temporal, decimal? Geographical);
