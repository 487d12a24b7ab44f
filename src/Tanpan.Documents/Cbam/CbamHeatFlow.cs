namespace Tanpan.Documents.Cbam;

/// <summary>D_Processes (h): net measurable heat imported and exported (TJ) with their emission factors (tCO2/TJ); not negative.</summary>
public sealed record CbamHeatFlow(decimal ImportedTj, decimal ImportFactor, decimal ExportedTj, decimal ExportFactor);
