namespace Tanpan.Documents.Cbam;

/// <summary>
/// One production process: A_InstData 4(b) (P1–P10) and its D_Processes block. The specific embedded emissions the
/// template computes, SEE = (AttrEm + Σ M_prec × SEE_prec) ÷ AL (Regulation (EU) 2023/956 Annex IV, simple and complex
/// goods, as the template's sheets D_Processes and InputOutput apply it), are formulas in the written workbook, not inputs.
/// </summary>
/// <param name="Key">The caller's identifier, unique among processes and purchased precursors; used by <see cref="CbamPrecursorUse"/> and <see cref="CbamProduct"/>.</param>
/// <param name="Name">A_InstData L83 "Name" of the process.</param>
/// <param name="GoodsCategory">The aggregated goods category exactly as the template lists it (e.g. "Iron or steel products", "Crude steel").</param>
/// <param name="Route">The production route as the template names it for the category, or null where the category has "All production routes".</param>
/// <param name="ActivityLevel">D_Processes (a) "Total production levels" — the activity level AL (t); above 0. Off-spec product, by-products, waste and scrap are not in it.</param>
/// <param name="DirectEmissions">D_Processes (g) "Directly attributable emissions (DirEm*)" (tCO2e); not negative.</param>
/// <param name="ProducedForMarket">D_Processes (b) i. "Produced for the market" (t); null = all of the activity level.</param>
/// <param name="Heat">D_Processes (h) import and export of measurable heat, or null when not applicable.</param>
/// <param name="WasteGas">D_Processes (i) waste gases imported and exported (TJ), or null when not applicable.</param>
/// <param name="Electricity">D_Processes (j) electricity consumption, or null; it enters SEE (indirect) only where the category counts indirect emissions (<see cref="CbamTemplateCategory.IndirectRelevant"/>).</param>
/// <param name="ElectricityExport">D_Processes (k) electricity exported from the process, or null for none.</param>
/// <param name="Precursors">Precursors this process consumes: other processes' output (D_Processes (c) of the producer) or purchased precursors (E_PurchPrec (b)).</param>
public sealed record CbamProcess(
    string Key,
    string Name,
    string GoodsCategory,
    string? Route,
    decimal ActivityLevel,
    decimal DirectEmissions,
    IReadOnlyList<CbamPrecursorUse> Precursors,
    decimal? ProducedForMarket = null,
    CbamHeatFlow? Heat = null,
    CbamWasteGasFlow? WasteGas = null,
    CbamElectricity? Electricity = null,
    CbamElectricityExport? ElectricityExport = null);
