namespace Tanpan.Documents.Cbam;

/// <summary>
/// One row of B_EmInst (a) "Calculation based approaches: Source Streams (excluding PFC emissions)": columns D (Method),
/// E (Source stream name), F/G (activity data and its unit), H/I (net calorific value and its unit), J/K (emission
/// factor and its unit). The template's CO2e fossil (column AU) is a formula here: combustion
/// AD × NCV ÷ 1000 × EF (t × GJ/t = GJ, ÷ 1000 = TJ, × tCO2/TJ), process emissions AD × EF (t × tCO2/t); oxidation and
/// conversion factors are 100 % and the biomass content 0 (not reproduced, docs/cbam-template.md).
/// </summary>
/// <param name="Method">Combustion or process emissions (the template's CONST_MonitoringApproach; mass balance is not written).</param>
/// <param name="Name">Source stream name, e.g. "Natural gas".</param>
/// <param name="ActivityData">Activity data in <paramref name="ActivityUnit"/>; not negative.</param>
/// <param name="ActivityUnit">"t" or "1000Nm3" (CONST_torkNm3).</param>
/// <param name="NetCalorificValue">GJ per unit of activity data; required for combustion, ignored for process emissions.</param>
/// <param name="EmissionFactor">tCO2/TJ for combustion, tCO2 per unit of activity data for process emissions.</param>
public sealed record CbamEmissionSource(
    CbamSourceMethod Method,
    string Name,
    decimal ActivityData,
    string ActivityUnit,
    decimal? NetCalorificValue,
    decimal EmissionFactor);
