namespace Tanpan.Documents.Pact;

/// <summary>
/// Where the footprint applies: exactly one of a UN M49 region or subregion, an ISO 3166-1 alpha-2 country or an
/// ISO 3166-2 subdivision, or none for global (PACT v3.0 CarbonFootprint, the oneOf over the geography properties).
/// </summary>
public sealed record PactGeography(PactGeographyKind Kind, string Code)
{
    public static PactGeography Global { get; } = new(PactGeographyKind.Global, "");

    public static PactGeography Country(string alpha2) => new(PactGeographyKind.Country, alpha2);

    public static PactGeography Subdivision(string code) => new(PactGeographyKind.CountrySubdivision, code);

    public static PactGeography Region(string name) => new(PactGeographyKind.RegionOrSubregion, name);

    /// <summary>Whether a <c>geography</c> filter value names this place: the code itself, or the country of a subdivision.</summary>
    public bool Matches(string filter) =>
        Kind != PactGeographyKind.Global
        && (string.Equals(Code, filter, StringComparison.OrdinalIgnoreCase)
            || (Kind == PactGeographyKind.CountrySubdivision && Code.StartsWith(filter + "-", StringComparison.OrdinalIgnoreCase)));
}
