namespace Tanpan.Core.Reduction;

/// <summary>
/// An energy carrier a measure saves (or, negative, uses more of). Units: electricity kWh, natural gas
/// m³, fuel oil / diesel / LPG litres, coal and biomass kg. Material keys are those of
/// <c>data/factors/materials.csv</c>; biomass has none (biogenic CO₂ is reported apart, ISO 14064-1 5.2.5).
/// </summary>
public enum Carrier
{
    Electricity,
    NaturalGas,
    FuelOil,
    Diesel,
    Lpg,
    Coal,
    Biomass,
}
