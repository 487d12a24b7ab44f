namespace Tanpan.Documents.Cbam;

/// <summary>
/// D_Processes (i): waste gas imported and exported (TJ); not negative. The template values both at the natural-gas
/// factor CONST_EFNatGas = 56.1 tCO2/TJ, the export at 0.667 of it (its formula T62).
/// </summary>
public sealed record CbamWasteGasFlow(decimal ImportedTj, decimal ExportedTj);
