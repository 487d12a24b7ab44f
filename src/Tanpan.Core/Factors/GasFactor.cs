namespace Tanpan.Core.Factors;

/// <summary>
/// One gas of an emission factor: kilograms of <paramref name="Species"/> per unit of activity, with
/// the 95 % confidence bounds of the source table as fractions of the value (0.02 = 2 %), when known.
/// </summary>
public sealed record GasFactor(string Species, decimal KgPerUnit, decimal? LowerBound = null, decimal? UpperBound = null);
