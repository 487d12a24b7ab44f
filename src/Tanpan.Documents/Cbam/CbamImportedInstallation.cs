namespace Tanpan.Documents.Cbam;

/// <summary>The supplier's installation as its template states it (A_InstData I20, I21, I25, I26, I27, I28, I29).</summary>
public sealed record CbamImportedInstallation(
    string Name, string? Street, string? City, string? Country, string? UnLocode, decimal? Latitude, decimal? Longitude);
