namespace Tanpan.Documents.Cbam.Workbook;

/// <summary>
/// Checks a <see cref="CbamCommunication"/> against what the template can hold and computes, exactly in decimal, every
/// figure the written workbook's formulas compute — the cached values, so that a reader that does not recalculate
/// still sees them, and the expected results a recalculation must reproduce. Processes are numbered P1… and purchased
/// precursors PP1… in the order given, as A_InstData numbers them.
/// </summary>
internal sealed class CbamFigures
{
    /// <summary>The template's CONST_EFNatGas (Parameters_Constants B13): waste gases are valued at natural gas, 56.1 tCO2/TJ.</summary>
    public const decimal NaturalGasFactor = 56.1m;

    /// <summary>The share of the natural-gas factor the template's formula T62 applies to exported waste gas.</summary>
    public const decimal WasteGasExportShare = 0.667m;

    public const int MaxSources = 75;
    public const int MaxProcesses = 10;
    public const int MaxPurchased = 20;
    public const int MaxProducts = 100;

    /// <summary>D_Processes (c) has nine rows for the processes that consume a process's output.</summary>
    public const int MaxConsumers = 9;

    private readonly Dictionary<string, int> _process = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _purchased = new(StringComparer.Ordinal);
    private readonly decimal[] _seeDirect;
    private readonly decimal?[] _seeIndirect;
    private readonly decimal?[] _embeddedElectricity;

    public CbamFigures(CbamCommunication communication)
    {
        ArgumentNullException.ThrowIfNull(communication);
        CbamChecks.Check(communication, _process, _purchased);

        // Categories are written as the template spells them, so that the EU file's drop-downs and lookups match.
        Communication = communication with
        {
            Processes = [.. communication.Processes.Select(p => p with { GoodsCategory = CbamTemplateCategories.Find(p.GoodsCategory)!.Name })],
            PurchasedPrecursors = [.. communication.PurchasedPrecursors.Select(p => p with { GoodsCategory = CbamTemplateCategories.Find(p.GoodsCategory)!.Name })],
        };
        communication = Communication;
        var count = communication.Processes.Count;
        _seeDirect = new decimal[count];
        _seeIndirect = new decimal?[count];
        _embeddedElectricity = new decimal?[count];
        Consumers = [.. communication.Processes.Select(p => communication.Processes
            .SelectMany(consumer => consumer.Precursors.Where(u => u.PrecursorKey == p.Key).Select(u => (Consumer: consumer, u.Tonnes)))
            .ToList())];
        if (Consumers.FirstOrDefault(c => c.Count > MaxConsumers) is { } many)
        {
            throw new ArgumentException($"a process's output may go to at most {MaxConsumers} other processes (D_Processes (c)); one goes to {many.Count}");
        }

        foreach (var n in CbamChecks.Order(communication.Processes, _process))
        {
            Compute(n);
        }
    }

    public CbamCommunication Communication { get; }

    /// <summary>Per process (0-based), the processes that consume its output and how many tonnes each.</summary>
    public IReadOnlyList<IReadOnlyList<(CbamProcess Consumer, decimal Tonnes)>> Consumers { get; }

    public bool IsProcess(string key) => _process.ContainsKey(key);

    /// <summary>1-based P number of a process key.</summary>
    public int ProcessNumber(string key) => _process[key];

    /// <summary>1-based PP number of a purchased precursor key.</summary>
    public int PurchasedNumber(string key) => _purchased[key];

    public CbamProcess Process(int n) => Communication.Processes[n - 1];

    public CbamPurchasedPrecursor Purchased(int k) => Communication.PurchasedPrecursors[k - 1];

    /// <summary>B_EmInst column AU: combustion AD × NCV ÷ 1000 × EF, process emissions AD × EF (tCO2e).</summary>
    public static decimal SourceEmissions(CbamEmissionSource s) => s.Method == CbamSourceMethod.Combustion
        ? s.ActivityData * (s.NetCalorificValue ?? 0m) / 1000m * s.EmissionFactor
        : s.ActivityData * s.EmissionFactor;

    /// <summary>B_EmInst column AX: energy content (fossil) in TJ, combustion only.</summary>
    public static decimal? SourceEnergy(CbamEmissionSource s) =>
        s.Method == CbamSourceMethod.Combustion ? s.ActivityData * (s.NetCalorificValue ?? 0m) / 1000m : null;

    public decimal TotalDirect => Communication.SourceStreams.Sum(SourceEmissions);

    public decimal TotalEnergy => Communication.SourceStreams.Sum(s => SourceEnergy(s) ?? 0m);

    /// <summary>D_Processes T58: imported heat × its factor − exported heat × its factor.</summary>
    public static decimal Heat(CbamProcess p) => p.Heat is { } h ? (h.ImportedTj * h.ImportFactor) - (h.ExportedTj * h.ExportFactor) : 0m;

    /// <summary>D_Processes T62: imported waste gas × 56.1 − exported × 56.1 × 0.667.</summary>
    public static decimal WasteGas(CbamProcess p) => p.WasteGas is { } w
        ? (w.ImportedTj * NaturalGasFactor) - (w.ExportedTj * NaturalGasFactor * WasteGasExportShare)
        : 0m;

    /// <summary>D_Processes T72: −exported electricity × its factor.</summary>
    public static decimal ElectricityExport(CbamProcess p) => p.ElectricityExport is { } e ? -(e.ExportedMwh * e.Factor) : 0m;

    /// <summary>AttrEm (direct) = DirEm* + heat + waste gas − exported electricity (the template's D_Processes (g)–(k) and InputOutput).</summary>
    public static decimal AttributedDirect(CbamProcess p) => p.DirectEmissions + Heat(p) + WasteGas(p) + ElectricityExport(p);

    /// <summary>
    /// Whether the process's SEE (indirect) is computed: its category counts indirect emissions (the template's D_Processes
    /// M50, from Parameters_Constants column C) and its electricity is given.
    /// </summary>
    public static bool IndirectRelevant(CbamProcess p) => p.Electricity is not null && CbamTemplateCategories.Find(p.GoodsCategory)!.IndirectRelevant;

    /// <summary>D_Processes T66: electricity consumed × its factor, whether relevant or not.</summary>
    public static decimal ElectricityEmissions(CbamProcess p) => p.Electricity is { } e ? e.ConsumedMwh * e.Factor : 0m;

    /// <summary>AttrEm (indirect) = electricity consumed × its factor (D_Processes T66), or null where not relevant.</summary>
    public static decimal? AttributedIndirect(CbamProcess p) => IndirectRelevant(p) ? ElectricityEmissions(p) : null;

    public decimal EmbeddedDirect(int n) => Process(n).Precursors.Sum(u => u.Tonnes * SeeDirectOf(u.PrecursorKey));

    public decimal EmbeddedIndirect(int n) => Process(n).Precursors.Sum(u => u.Tonnes * (SeeIndirectOf(u.PrecursorKey) ?? 0m));

    public decimal SeDirect(int n) => AttributedDirect(Process(n)) / Process(n).ActivityLevel;

    public decimal? SeIndirect(int n) => AttributedIndirect(Process(n)) / Process(n).ActivityLevel;

    public decimal SeeDirect(int n) => _seeDirect[n - 1];

    public decimal? SeeIndirect(int n) => _seeIndirect[n - 1];

    /// <summary>Electricity consumed per tonne (MWh/t), or null where not relevant.</summary>
    public decimal? Electricity(int n) => IndirectRelevant(Process(n)) ? Process(n).Electricity!.ConsumedMwh / Process(n).ActivityLevel : null;

    /// <summary>Embedded electricity per tonne: own consumption plus the precursors' (MWh/t), or null where not relevant.</summary>
    public decimal? EmbeddedElectricity(int n) => _embeddedElectricity[n - 1];

    /// <summary>E_PurchPrec L52 = IF(COUNT(L50:L51)=0,"",L50*L51): blank when both are blank; one blank counts as 0.</summary>
    public decimal? PurchasedSeeIndirect(int k) => Purchased(k) is { SpecificElectricityMwhPerTonne: null, ElectricityFactor: null }
        ? null
        : (Purchased(k).SpecificElectricityMwhPerTonne ?? 0m) * (Purchased(k).ElectricityFactor ?? 0m);

    public decimal SeeDirectOf(string key) => IsProcess(key) ? SeeDirect(ProcessNumber(key)) : Purchased(PurchasedNumber(key)).SeeDirect;

    public decimal? SeeIndirectOf(string key) => IsProcess(key) ? SeeIndirect(ProcessNumber(key)) : PurchasedSeeIndirect(PurchasedNumber(key));

    public decimal? EmbeddedElectricityOf(string key) =>
        IsProcess(key) ? EmbeddedElectricity(ProcessNumber(key)) : Purchased(PurchasedNumber(key)).SpecificElectricityMwhPerTonne;

    private void Compute(int n)
    {
        var p = Process(n);
        _seeDirect[n - 1] = (AttributedDirect(p) + EmbeddedDirect(n)) / p.ActivityLevel;
        if (IndirectRelevant(p) && p.Electricity is { } e)
        {
            _seeIndirect[n - 1] = (AttributedIndirect(p)!.Value + EmbeddedIndirect(n)) / p.ActivityLevel;
            _embeddedElectricity[n - 1] =
                (e.ConsumedMwh + p.Precursors.Sum(u => u.Tonnes * (EmbeddedElectricityOf(u.PrecursorKey) ?? 0m))) / p.ActivityLevel;
        }
    }
}
