using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction.Planning;

/// <summary>A measure on the pathway: it saves <see cref="Annual"/> every year from <see cref="StartYear"/> on.</summary>
public sealed record PathwayMeasure(string Id, int StartYear, Co2e Annual);
