namespace Tanpan.Documents.Pact;

/// <summary>A secondary emission-factor database and its version, e.g. ("ecoinvent", "3.10") (PACT EmissionFactorSource).</summary>
public sealed record PactEmissionFactorSource(string Name, string Version);
