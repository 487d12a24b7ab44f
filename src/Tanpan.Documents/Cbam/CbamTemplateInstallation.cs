namespace Tanpan.Documents.Cbam;

/// <summary>
/// Sheet A_InstData, section 2 "About the installation", items i–xiv (cells I19–I32 of the template). Text is written
/// as given; the template asks for the English name of the installation (item ii).
/// </summary>
/// <param name="Name">ii. Name of the installation (English name) — required.</param>
/// <param name="CountryCode">viii. Country, as the ISO 3166-1 alpha-2 code of the template's list c_CodeLists (e.g. TW).</param>
/// <param name="CountryName">viii. Country as the template's list names it (e.g. "Taiwan"); the template's cell holds the name.</param>
/// <param name="LocalName">i. Name of the installation (optional), e.g. the Chinese name.</param>
/// <param name="Street">iii. Street, Number.</param>
/// <param name="EconomicActivity">iv. Economic activity.</param>
/// <param name="PostCode">v. Post code.</param>
/// <param name="PoBox">vi. P.O. Box.</param>
/// <param name="City">vii. City.</param>
/// <param name="UnLocode">ix. UNLOCODE (5 characters, e.g. TWKHH).</param>
/// <param name="Latitude">x. Coordinates of the main emission source (latitude, decimal degrees, −90 to 90).</param>
/// <param name="Longitude">xi. Coordinates of the main emission source (longitude, decimal degrees, −180 to 180).</param>
/// <param name="Representative">xii. Name of authorized representative.</param>
/// <param name="Email">xiii. Email.</param>
/// <param name="Telephone">xiv. Telephone.</param>
public sealed record CbamTemplateInstallation(
    string Name,
    string CountryCode,
    string CountryName,
    string? LocalName = null,
    string? Street = null,
    string? EconomicActivity = null,
    string? PostCode = null,
    string? PoBox = null,
    string? City = null,
    string? UnLocode = null,
    decimal? Latitude = null,
    decimal? Longitude = null,
    string? Representative = null,
    string? Email = null,
    string? Telephone = null);
