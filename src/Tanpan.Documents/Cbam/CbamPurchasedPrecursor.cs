namespace Tanpan.Documents.Cbam;

/// <summary>
/// A precursor produced outside the installation: A_InstData 5 (PP1–PP20) and its E_PurchPrec block, section (e)
/// "Emissions embedded in this purchased precursor".
/// </summary>
/// <param name="Key">The caller's identifier, unique among processes and purchased precursors.</param>
/// <param name="Name">A_InstData L102 "Name", e.g. the supplier's product name.</param>
/// <param name="GoodsCategory">The aggregated goods category as the template lists it (e.g. "Crude steel").</param>
/// <param name="Route">The production route, or null for "All production routes".</param>
/// <param name="CountryCode">A_InstData F102 "Country code" of the country where it was produced (ISO 3166-1 alpha-2).</param>
/// <param name="PurchasedTonnes">E_PurchPrec (a) "Total purchased levels" (t); not negative.</param>
/// <param name="SeeDirect">E_PurchPrec (e) i. SEE (direct), tCO2e/t; not negative.</param>
/// <param name="Source">E_PurchPrec (e) i. "Source": measured (the supplier's value), default, or unknown.</param>
/// <param name="SpecificElectricityMwhPerTonne">(e) ii. specific electricity consumption (MWh/t) for SEE (indirect), or null.</param>
/// <param name="ElectricityFactor">(e) iii. electricity emission factor (tCO2/MWh) for SEE (indirect), or null.</param>
/// <param name="OriginInstallation">Where the value came from (supplier installation, CN code, document); written to the justification (e) v.</param>
/// <param name="Justification">(e) v. "Justification for use of default values (if relevant)".</param>
public sealed record CbamPurchasedPrecursor(
    string Key,
    string Name,
    string GoodsCategory,
    string? Route,
    string CountryCode,
    decimal PurchasedTonnes,
    decimal SeeDirect,
    CbamValueSource Source,
    decimal? SpecificElectricityMwhPerTonne = null,
    decimal? ElectricityFactor = null,
    string? OriginInstallation = null,
    string? Justification = null);
