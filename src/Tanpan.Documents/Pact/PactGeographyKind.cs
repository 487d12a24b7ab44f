namespace Tanpan.Documents.Pact;

/// <summary>Which PACT geography property a <see cref="PactGeography"/> is written to.</summary>
public enum PactGeographyKind
{
    Global,
    RegionOrSubregion,
    Country,
    CountrySubdivision,
}
