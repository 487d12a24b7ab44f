namespace Tanpan.Documents.Cbam;

/// <summary>
/// The supplier's installation as its template states it (Summary_Communication G12–G19, or A_InstData I20–I29); <c>Country</c>
/// is the ISO 3166-1 alpha-2 code (Summary_Communication G16, A_InstData S26), or the country name where no code is there.
/// </summary>
public sealed record CbamImportedInstallation(
    string Name, string? Street, string? City, string? Country, string? UnLocode, decimal? Latitude, decimal? Longitude);
