namespace Tanpan.Core.Products;

/// <summary>A secondary emission-factor database and its version, as a BOM line names them (PACT <c>secondaryEmissionFactorSources[{name, version}]</c>).</summary>
public sealed record FactorSource(string Name, string Version);
