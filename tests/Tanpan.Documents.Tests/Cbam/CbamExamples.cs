using Tanpan.Documents.Cbam;

namespace Tanpan.Documents.Tests.Cbam;

/// <summary>
/// Hand-worked communications. Bolts (iron and steel, direct emissions only):
/// P1 wire drawing, AL 1,000 t: AttrEm = DirEm* 50 + waste gas (1 TJ × 56.1 − 2 TJ × 56.1 × 0.667 = −18.7374)
///   − exported electricity (10 MWh × 0.4 = 4) = 27.2626 t; with 1,050 t of purchased wire rod at SEE 2.10:
///   SEE = (27.2626 + 1,050 × 2.10) ÷ 1,000 = 2,232.2626 ÷ 1,000 = 2.2322626 t/t.
/// P2 bolt forming, AL 800 t: AttrEm = 40 + heat (2 TJ × 56.1 = 112.2) = 152.2 t; with 900 t of P1's wire:
///   SEE = (152.2 + 900 × 2.2322626) ÷ 800 = 2,161.23634 ÷ 800 = 2.701545425 t/t.
/// Source streams: natural gas 500 × 35 GJ ÷ 1000 = 17.5 TJ × 56.1 = 981.75 t; limestone 100 t × 0.44 = 44 t;
///   total direct 1,025.75 t, with 120 t indirect 1,145.75 t.
/// Cement (indirect emissions relevant): P1 clinker AL 500 t, DirEm* 400, 50 MWh × 0.5 → SEE 0.8 / 0.05, 0.1 MWh/t;
/// P2 cement AL 600 t, DirEm* 10, 30 MWh × 0.5 = 15, with 450 t of P1 and 60 t of purchased clinker (0.85, 0.1 MWh/t × 0.6):
///   SEE (direct) = (10 + 450 × 0.8 + 60 × 0.85) ÷ 600 = 421 ÷ 600; SEE (indirect) = (15 + 22.5 + 3.6) ÷ 600 = 0.0685;
///   embedded electricity = (30 + 45 + 6) ÷ 600 = 0.135 MWh/t.
/// </summary>
internal static class CbamExamples
{
    public const decimal WireSee = 2.2322626m;
    public const decimal BoltSee = 2.701545425m;

    public static CbamCommunication Bolts() => new(
        new CbamTemplateInstallation("Kaohsiung Fastener Works", "TW", "Taiwan", LocalName: "高雄扣件廠", Street: "No. 1, Gangshan Rd.",
            EconomicActivity: "Manufacture of fasteners", PostCode: "820", City: "Kaohsiung", UnLocode: "TWKHH", Latitude: 22.7925m,
            Longitude: 120.2951m, Representative: "Lin Mei-hua", Email: "cbam@example.tw", Telephone: "+886 7 000 0000"),
        new DateOnly(2026, 1, 1),
        new DateOnly(2026, 12, 31),
        [
            new CbamEmissionSource(CbamSourceMethod.Combustion, "Natural gas", 500m, "1000Nm3", 35m, 56.1m),
            new CbamEmissionSource(CbamSourceMethod.ProcessEmissions, "Limestone", 100m, "t", null, 0.44m),
        ],
        [
            new CbamProcess("wire", "Wire drawing", "Iron or steel products", null, 1000m, 50m, [new CbamPrecursorUse("rod", 1050m)],
                WasteGas: new CbamWasteGasFlow(1m, 2m), ElectricityExport: new CbamElectricityExport(10m, 0.4m)),
            new CbamProcess("bolt", "Bolt forming", "Iron or steel products", null, 800m, 40m, [new CbamPrecursorUse("wire", 900m)],
                Heat: new CbamHeatFlow(2m, 56.1m, 0m, 0m)),
        ],
        [
            new CbamPurchasedPrecursor("rod", "Wire rod SAE1018", "Iron or steel products", null, "JP", 1100m, 2.10m, CbamValueSource.Measured,
                OriginInstallation: "Supplier works, Kitakyushu"),
        ],
        [
            new CbamProduct("bolt", "73181588", "Hex bolt M12", "Other screws and bolts"),
            new CbamProduct("wire", "72171010", "Drawn wire 5.5 mm"),
        ],
        IndirectEmissionsTonnes: 120m);

    public static CbamCommunication Cement() => new(
        new CbamTemplateInstallation("Hualien Cement Plant", "TW", "Taiwan", City: "Hualien", UnLocode: "TWHUN"),
        new DateOnly(2026, 1, 1),
        new DateOnly(2026, 6, 30),
        [],
        [
            new CbamProcess("kiln", "Clinker kiln", "Cement clinker", null, 500m, 400m, [], Electricity: new CbamElectricity(50m, 0.5m, "D.4.1")),
            new CbamProcess("mill", "Cement grinding", "Cement", null, 600m, 10m,
                [new CbamPrecursorUse("kiln", 450m), new CbamPrecursorUse("bought", 60m)], Electricity: new CbamElectricity(30m, 0.5m, "D.4.1")),
        ],
        [
            new CbamPurchasedPrecursor("bought", "Purchased clinker", "Cement clinker", null, "VN", 60m, 0.85m, CbamValueSource.Default,
                SpecificElectricityMwhPerTonne: 0.1m, ElectricityFactor: 0.6m, Justification: "Supplier value not available"),
        ],
        [new CbamProduct("mill", "25232900", "Portland cement", "Other portland cement")]);
}
