namespace Tanpan.Documents.Cbam;

/// <summary>D_Processes (k): electricity exported from the process (MWh) and its emission factor (tCO2/MWh); subtracted from the direct emissions.</summary>
public sealed record CbamElectricityExport(decimal ExportedMwh, decimal Factor);
