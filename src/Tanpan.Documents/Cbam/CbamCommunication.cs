namespace Tanpan.Documents.Cbam;

/// <summary>
/// What one installation communicates to its EU importers in the European Commission's "CBAM Communication template
/// for installations" (version of 13 December 2024; docs/cbam-template.md): the installation, the reporting period,
/// its source streams, its production processes with their attributed emissions, the precursors it buys and the
/// products (CN codes) its processes make. Neutral of Tanpan's database: the web feature maps its data to this.
/// The template's own limits apply: at most 75 source streams, 10 production processes, 20 purchased precursors and
/// 100 products; the writer refuses more (<see cref="ArgumentException"/>).
/// </summary>
/// <param name="Installation">Sheet A_InstData, section 2 "About the installation".</param>
/// <param name="PeriodStart">A_InstData section 1 "Reporting period", start (I9).</param>
/// <param name="PeriodEnd">A_InstData section 1, end (L9); not before <paramref name="PeriodStart"/>.</param>
/// <param name="SourceStreams">B_EmInst (a) "Calculation based approaches: Source Streams", rows 17–91.</param>
/// <param name="Processes">A_InstData 4(b) "Relevant production processes" P1–P10 and one D_Processes block each.</param>
/// <param name="PurchasedPrecursors">A_InstData 5 "Purchased precursors" PP1–PP20 and one E_PurchPrec block each.</param>
/// <param name="Products">Summary_Products rows 10–109: the CN codes each process makes.</param>
/// <param name="IndirectEmissionsTonnes">
/// C_Emissions&amp;Energy 2(a) "Total indirect emissions", the manual entry M26 (tCO2e); the template never derives it.
/// </param>
public sealed record CbamCommunication(
    CbamTemplateInstallation Installation,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyList<CbamEmissionSource> SourceStreams,
    IReadOnlyList<CbamProcess> Processes,
    IReadOnlyList<CbamPurchasedPrecursor> PurchasedPrecursors,
    IReadOnlyList<CbamProduct> Products,
    decimal? IndirectEmissionsTonnes = null);
