using Tanpan.Core.Units;

namespace Tanpan.Core.Cbam;

/// <summary>The checks a production process passes before any SEE is computed: nothing is half computed.</summary>
internal static class CbamInputChecks
{
    public static void Check(CbamProductionProcess p, IReadOnlyDictionary<string, CbamProductionProcess> processes, List<CbamIssue> issues)
    {
        if (CbamGoods.Category(p.CnCode) is null)
        {
            issues.Add(CbamIssues.UnknownCn(p.CnCode) with { Subject = p.Id });
        }

        void NotNegative(decimal value, string zh, string en, string? subject = null)
        {
            if (value < 0m)
            {
                issues.Add(CbamIssues.Negative(subject ?? p.Id, zh, en, value));
            }
        }

        NotNegative(p.GrossOutput.In(Units.Units.Tonne), "總產出", "gross output");
        foreach (var x in p.Excluded)
        {
            NotNegative(x.Mass.In(Units.Units.Tonne), CbamExcludedKinds.NameZh(x.Kind), CbamExcludedKinds.NameEn(x.Kind));
        }

        var al = p.ActivityLevel.In(Units.Units.Tonne);
        if (al <= 0m)
        {
            issues.Add(CbamIssues.NoActivity(p.Id, al));
        }

        var d = p.Direct;
        NotNegative(d.Direct.Tonnes, "直接排放", "direct emissions");
        NotNegative(d.HeatImported.Tonnes, "輸入熱之排放", "imported heat emissions");
        NotNegative(d.HeatExported.Tonnes, "輸出熱之排放", "exported heat emissions");
        NotNegative(d.WasteGasImportedCorrection.Tonnes, "廢氣修正（輸入）", "imported waste-gas correction");
        NotNegative(d.WasteGasExportedCorrection.Tonnes, "廢氣修正（輸出）", "exported waste-gas correction");
        NotNegative(d.ElectricityProduced.Tonnes, "自產電力之排放", "emissions of electricity produced");
        NotNegative(d.Attributed.Tonnes, "歸屬直接排放（公式 55）", "attributed direct emissions (Eq. 55)");
        if (p.Indirect is { } ind)
        {
            NotNegative(ind.MegawattHours, "用電量", "electricity consumed");
            NotNegative(ind.FactorTonnesPerMwh, "電力排放係數", "electricity emission factor");
        }

        foreach (var prec in p.Precursors)
        {
            var subject = $"{p.Id}: {prec.Name}";
            if (CbamGoods.Category(prec.CnCode) is null)
            {
                issues.Add(CbamIssues.NotAPrecursor(p.Id, prec.Name, prec.CnCode));
            }

            NotNegative(prec.Mass.In(Units.Units.Tonne), "前驅物質量", "precursor mass", subject);
            switch (prec.Source)
            {
                case CbamPrecursorSource.Supplier s:
                    NotNegative(s.DirectSee, "供應商直接 SEE", "supplier direct SEE", subject);
                    NotNegative(s.IndirectSee ?? 0m, "供應商間接 SEE", "supplier indirect SEE", subject);
                    break;
                case CbamPrecursorSource.Pact pact:
                    NotNegative(pact.KgCo2ePerKg, "PACT 碳足跡", "PACT footprint", subject);
                    break;
                case CbamPrecursorSource.OwnProcess own when !processes.ContainsKey(own.ProcessId):
                    issues.Add(CbamIssues.UnknownProcess(p.Id, own.ProcessId));
                    break;
            }
        }
    }
}
