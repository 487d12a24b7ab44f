namespace Tanpan.Documents.Cbam;

/// <summary>D_Processes (j): electricity consumed (MWh), its emission factor (tCO2/MWh) and the factor's source (template codes D.4(a), D.4(b), D.4.1, D.4.2, D.4.3.1, D.4.3.2, Mix).</summary>
public sealed record CbamElectricity(decimal ConsumedMwh, decimal Factor, string FactorSource);
