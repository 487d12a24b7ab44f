using Tanpan.Core.Units;

namespace Tanpan.Core.Cbam;

/// <summary>
/// Specific embedded emissions per production process (IR (EU) 2025/2547; Regulation (EU) 2023/956 Annex IV points 2–3):
/// SEE_dir = (AttrEm_dir + Σ M_prec × SEE_prec,dir) / AL and SEE_indir = (AttrEm_indir + Σ M_prec × SEE_prec,indir) / AL,
/// AttrEm_dir by Eq. 55 (<see cref="CbamDirectEmissions"/>), AL net of off-spec product, by-products, waste and scrap.
/// Own precursors roll up through the installation's processes; a loop is refused. Pure and exact (decimal): no rounding.
/// </summary>
public static class CbamSeeCalculator
{
    /// <summary>
    /// Every process's SEE, or the issues (bad input, unknown codes, loops) and no results. <paramref name="defaults"/>
    /// serves precursors whose source is <see cref="CbamPrecursorSource.DefaultValue"/> (the shipped table when null).
    /// </summary>
    public static CbamSeeOutcome Calculate(CbamInstallation installation, CbamDefaultValues? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(installation);
        var run = new Run(installation, defaults ?? CbamDefaultValues.Shipped);
        return run.Execute();
    }

    private static readonly (string En, string Zh) UserEntry = ("user entry", "使用者輸入");

    private sealed class Run(CbamInstallation installation, CbamDefaultValues defaults)
    {
        private readonly List<CbamIssue> _issues = [];
        private readonly Dictionary<string, CbamProductionProcess> _processes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CbamSeeResult> _done = new(StringComparer.Ordinal);
        private readonly List<string> _stack = [];

        public CbamSeeOutcome Execute()
        {
            foreach (var p in installation.Processes)
            {
                if (!_processes.TryAdd(p.Id, p))
                {
                    _issues.Add(CbamIssues.DuplicateProcess(p.Id));
                }
            }

            foreach (var p in installation.Processes)
            {
                CbamInputChecks.Check(p, _processes, _issues);
            }

            if (_issues.Count == 0)
            {
                foreach (var p in installation.Processes)
                {
                    if (Resolve(p) is null)
                    {
                        break; // the first loop or bad precursor is reported once, not once per process on it
                    }
                }
            }

            return _issues.Count > 0
                ? new CbamSeeOutcome([], _issues.Distinct().ToList())
                : new CbamSeeOutcome(installation.Processes.Select(p => _done[p.Id]).ToList(), []);
        }

        private CbamSeeResult? Resolve(CbamProductionProcess p)
        {
            if (_done.TryGetValue(p.Id, out var known))
            {
                return known;
            }

            var at = _stack.IndexOf(p.Id);
            if (at >= 0)
            {
                _issues.Add(CbamIssues.Loop([.. _stack.Skip(at), p.Id]));
                return null;
            }

            _stack.Add(p.Id);
            try
            {
                return Compute(p);
            }
            finally
            {
                _stack.RemoveAt(_stack.Count - 1);
            }
        }

        private CbamSeeResult? Compute(CbamProductionProcess p)
        {
            var trace = new List<CbamTraceLine>();
            void Add(string key, string zh, string en, decimal value, string unit, (string En, string Zh) source, string? subject = null) =>
                trace.Add(new CbamTraceLine(key, zh, en, value, unit, source.En) { SourceZh = source.Zh, Subject = subject ?? p.Id });

            var gross = p.GrossOutput.In(Units.Units.Tonne);
            Add("gross_output", "總產出", "gross output", gross, "t", UserEntry);
            foreach (var x in p.Excluded)
            {
                Add("excluded." + CbamExcludedKinds.Key(x.Kind), "排除：" + CbamExcludedKinds.NameZh(x.Kind), "excluded: " + CbamExcludedKinds.NameEn(x.Kind),
                    x.Mass.In(Units.Units.Tonne), "t", ("IR (EU) 2025/2547 Annex II point F (not in AL; zero embedded emissions)", "執行規則 (EU) 2025/2547 附件二 F 點（不計入活動水準；隱含排放為零）"));
            }

            var al = p.ActivityLevel.In(Units.Units.Tonne);
            Add("activity_level", "活動水準 AL", "activity level AL", al, "t", ("AL = gross output − excluded", "AL = 總產出 − 排除量"));

            var d = p.Direct;
            Add("dir_em", "直接排放 DirEm*", "direct emissions DirEm*", d.Direct.Tonnes, "tCO2e", ("facility inventory", "廠區盤查"));
            Add("em_h_imp", "輸入熱之排放 EmH,imp", "imported heat EmH,imp", d.HeatImported.Tonnes, "tCO2e", UserEntry);
            Add("em_h_exp", "輸出熱之排放 EmH,exp", "exported heat EmH,exp", d.HeatExported.Tonnes, "tCO2e", UserEntry);
            Add("wg_corr_imp", "廢氣修正（輸入）WGcorr,imp", "waste-gas correction, imported", d.WasteGasImportedCorrection.Tonnes, "tCO2e", UserEntry);
            Add("wg_corr_exp", "廢氣修正（輸出）WGcorr,exp", "waste-gas correction, exported", d.WasteGasExportedCorrection.Tonnes, "tCO2e", UserEntry);
            Add("em_el_prod", "自產電力之排放 Em_el,prod", "electricity produced Em_el,prod", d.ElectricityProduced.Tonnes, "tCO2e", UserEntry);
            var attrDir = d.Attributed.Tonnes;
            Add("attr_em_dir", "歸屬直接排放 AttrEm,dir", "attributed direct emissions AttrEm,dir", attrDir, "tCO2e",
                ("IR (EU) 2025/2547 Annex III A.3 Eq. 55: DirEm* + EmH,imp − EmH,exp + WGcorr,imp − WGcorr,exp − Em_el,prod",
                    "執行規則 (EU) 2025/2547 附件三 A.3 公式 55：DirEm* + EmH,imp − EmH,exp + WGcorr,imp − WGcorr,exp − Em_el,prod"));

            var attrIndir = 0m;
            if (p.Indirect is { } ind)
            {
                Add("electricity", "用電量", "electricity consumed", ind.MegawattHours, "MWh", UserEntry);
                Add("electricity_factor", "電力排放係數", "electricity emission factor", ind.FactorTonnesPerMwh, "tCO2e/MWh", (ind.FactorSource, ind.FactorSource));
                attrIndir = ind.Attributed.Tonnes;
                Add("attr_em_indir", "歸屬間接排放 AttrEm,indir", "attributed indirect emissions AttrEm,indir", attrIndir, "tCO2e", ("MWh × factor", "用電量 × 係數"));
            }

            decimal precDir = 0m, precIndir = 0m;
            foreach (var prec in p.Precursors)
            {
                var see = PrecursorSee(p, prec);
                if (see is null)
                {
                    return null;
                }

                var (sd, si, source) = see.Value;
                var m = prec.Mass.In(Units.Units.Tonne);
                Add("precursor.mass", "前驅物質量 M", "precursor mass M", m, "t", UserEntry, prec.Name);
                Add("precursor.see_dir", "前驅物直接 SEE", "precursor direct SEE", sd, "tCO2e/t", source, prec.Name);
                Add("precursor.see_indir", "前驅物間接 SEE", "precursor indirect SEE", si, "tCO2e/t", source, prec.Name);
                Add("precursor.embedded_dir", "前驅物直接隱含排放 M × SEE", "precursor direct embedded M × SEE", m * sd, "tCO2e", ("M × SEE", "M × SEE"), prec.Name);
                Add("precursor.embedded_indir", "前驅物間接隱含排放 M × SEE", "precursor indirect embedded M × SEE", m * si, "tCO2e", ("M × SEE", "M × SEE"), prec.Name);
                precDir += m * sd;
                precIndir += m * si;
            }

            var seeDir = (attrDir + precDir) / al;
            var seeIndir = (attrIndir + precIndir) / al;
            var counts = CbamGoods.IndirectEmissionsCount(p.CnCode);
            Add("see_dir", "直接特定隱含排放 SEE,dir", "specific direct embedded emissions SEE,dir", seeDir, "tCO2e/t", ("(AttrEm,dir + Σ M × SEE,dir) / AL", "(AttrEm,dir + Σ M × SEE,dir) / AL"));
            Add("see_indir", "間接特定隱含排放 SEE,indir", "specific indirect embedded emissions SEE,indir", seeIndir, "tCO2e/t", ("(AttrEm,indir + Σ M × SEE,indir) / AL", "(AttrEm,indir + Σ M × SEE,indir) / AL"));
            Add("see_total", "計入之特定隱含排放", "SEE counted for the good", counts ? seeDir + seeIndir : seeDir, "tCO2e/t",
                counts ? ("direct + indirect (not an Annex II good)", "直接 + 間接（非附件二貨品）") : ("direct only (Regulation (EU) 2023/956 Annex II good)", "僅計直接排放（規則 (EU) 2023/956 附件二貨品）"));

            var result = new CbamSeeResult(p.Id, p.CnCode, CbamGoods.Require(p.CnCode), p.Route, al, attrDir, attrIndir, precDir, precIndir,
                seeDir, seeIndir, counts, trace);
            _done[p.Id] = result;
            return result;
        }

        private (decimal Direct, decimal Indirect, (string En, string Zh) Source)? PrecursorSee(CbamProductionProcess p, CbamPrecursorInput prec)
        {
            switch (prec.Source)
            {
                case CbamPrecursorSource.Supplier s:
                    var where = s.Installation is null ? "" : $", {s.Installation}";
                    return (s.DirectSee, s.IndirectSee ?? 0m, ($"supplier {s.SupplierName}{where}", $"供應商 {s.SupplierName}{where}"));
                case CbamPrecursorSource.Pact pact:
                    return (pact.KgCo2ePerKg, 0m, ($"PACT footprint {pact.FootprintId} (kg CO2e/kg = t/t, counted as direct)",
                        $"PACT 碳足跡 {pact.FootprintId}（kg CO2e/kg = t/t，計為直接排放）"));
                case CbamPrecursorSource.DefaultValue def:
                    try
                    {
                        var v = defaults.Lookup(prec.CnCode, def.Origin);
                        return (v.Direct, v.Indirect ?? 0m, (v.SourceEn + " (no mark-up)", v.SourceZh + "（不加成）"));
                    }
                    catch (CbamException e)
                    {
                        _issues.Add(e.Issue with { Subject = $"{p.Id}: {prec.Name}" });
                        return null;
                    }

                case CbamPrecursorSource.OwnProcess own:
                    var r = Resolve(_processes[own.ProcessId]);
                    return r is null ? null : (r.SeeDirect, r.SeeIndirect, ($"own process {own.ProcessId}", $"自有製程 {own.ProcessId}"));
                default:
                    throw new InvalidOperationException("Unknown precursor source.");
            }
        }
    }
}
