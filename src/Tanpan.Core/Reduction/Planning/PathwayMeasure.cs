namespace Tanpan.Core.Reduction.Planning;

/// <summary>A measure on the pathway: it saves <see cref="AnnualCo2eT"/> (t CO₂e) every year from <see cref="StartYear"/> on.</summary>
public sealed record PathwayMeasure(string Id, int StartYear, decimal AnnualCo2eT);
