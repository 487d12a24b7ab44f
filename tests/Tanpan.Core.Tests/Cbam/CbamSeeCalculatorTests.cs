using Tanpan.Core.Cbam;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tests.Cbam;

// SEE = (AttrEm + Σ M_prec × SEE_prec) / AL, direct and indirect (IR (EU) 2025/2547; Reg. 2023/956 Annex IV);
// AttrEm_dir by Eq. 55; AL net of off-spec, by-products, waste and scrap (Annex II F).
public class CbamSeeCalculatorTests
{
    private static Quantity<Mass> T(decimal tonnes) => Quantity<Mass>.From(tonnes, Tanpan.Core.Units.Units.Tonne);

    private static Co2e E(decimal tonnes) => Co2e.FromTonnes(tonnes);

    private static CbamIndirectEmissions Mwh(decimal mwh, decimal factor) =>
        new(Quantity<Energy>.From(mwh, Tanpan.Core.Units.Units.MegawattHour), factor, "test factor");

    private static CbamProductionProcess Process(string id, string cn, decimal gross, CbamDirectEmissions direct, CbamIndirectEmissions? indirect = null) =>
        new(id, id, CnCode.Parse(cn), null, T(gross), direct, indirect);

    private static CbamSeeOutcome Run(params CbamProductionProcess[] processes) =>
        CbamSeeCalculator.Calculate(new CbamInstallation("廠", 2026, processes));

    [Fact]
    public void Calculate_BoltsWithPurchasedWireRod_HandWorked()
    {
        // Bolts 7318 15: gross 1,050 t − scrap 30 t − off-spec 20 t → AL = 1,000 t.
        // Eq. 55: 120 + heat imported 30 − heat exported 10 = 140 t.
        // Wire rod 1,080 t at the supplier's 2.0 direct / 0.3 indirect → 2,160 t direct, 324 t indirect.
        // SEE_dir = (140 + 2,160) / 1,000 = 2.3; SEE_indir = (500 MWh × 0.474 = 237 + 324) / 1,000 = 0.561.
        // 7318 is an Annex II good: the SEE that counts is the direct 2.3.
        var bolts = Process("bolts", "7318 15 00", 1050m, new CbamDirectEmissions(E(120m), HeatImported: E(30m), HeatExported: E(10m)), Mwh(500m, 0.474m)) with
        {
            Excluded = [new CbamExcludedOutput(CbamExcludedKind.Scrap, T(30m)), new CbamExcludedOutput(CbamExcludedKind.OffSpec, T(20m))],
            Precursors = [new CbamPrecursorInput("wire rod", CnCode.Parse("7213 91 10"), T(1080m), new CbamPrecursorSource.Supplier(2.0m, 0.3m, "中鋼"))],
        };

        var outcome = Run(bolts);

        outcome.Issues.ShouldBeEmpty();
        var r = outcome.For("bolts");
        r.ActivityLevelTonnes.ShouldBe(1000m);
        r.AttributedDirectTonnes.ShouldBe(140m);
        r.PrecursorDirectTonnes.ShouldBe(2160m);
        r.SeeDirect.ShouldBe(2.3m);
        r.SeeIndirect.ShouldBe(0.561m);
        r.IndirectCounts.ShouldBeFalse();
        r.SeeTotal.ShouldBe(2.3m);
        r.Trace.Single(t => t.Key == "attr_em_dir").Source.ShouldContain("Eq. 55");
        r.Trace.Single(t => t.Key == "excluded.scrap").Value.ShouldBe(30m);
        r.Trace.Single(t => t.Key == "precursor.see_dir").Source.ShouldContain("中鋼");
        r.Trace.Single(t => t.Key == "see_dir").Value.ShouldBe(r.SeeDirect);
        r.Trace.Single(t => t.Key == "attr_em_dir").SourceZh.ShouldContain("公式 55");
        r.Trace.Single(t => t.Key == "precursor.see_dir").SourceZh.ShouldBe("供應商 中鋼");
        r.Trace.Select(t => t.SourceZh).ShouldAllBe(zh => !zh.Contains("user") && !zh.Contains("supplier") && !zh.Contains("only"));
    }

    [Fact]
    public void Calculate_CementWithOwnClinkerAndDefaultClay_RollsUpAndCountsIndirect()
    {
        // Clinker 2523 10 00 90: 680 t / 800 t = 0.85 direct; 40 MWh × 0.5 = 20 t / 800 t = 0.025 indirect.
        // Cement 2523 29 00, AL 1,000 t: Eq. 55 20 + heat imported 5 = 25 t; 50 MWh × 0.5 = 25 t indirect.
        //   own clinker 750 t: 750 × 0.85 = 637.5 direct, 750 × 0.025 = 18.75 indirect;
        //   calcined clay 2507 00 80 80, 100 t, default: Taiwan blank → Other countries 0.21 / 0.07 → 21 / 7.
        // SEE_dir = (25 + 637.5 + 21) / 1,000 = 0.6835; SEE_indir = (25 + 18.75 + 7) / 1,000 = 0.05075; cement counts both: 0.73425.
        var clinker = Process("clinker", "2523 10 00 90", 800m, new CbamDirectEmissions(E(680m)), Mwh(40m, 0.5m));
        var cement = Process("cement", "2523 29 00", 1000m, new CbamDirectEmissions(E(20m), HeatImported: E(5m)), Mwh(50m, 0.5m)) with
        {
            Precursors =
            [
                new CbamPrecursorInput("clinker", CnCode.Parse("2523 10 00 90"), T(750m), new CbamPrecursorSource.OwnProcess("clinker")),
                new CbamPrecursorInput("calcined clay", CnCode.Parse("2507 00 80 80"), T(100m), new CbamPrecursorSource.DefaultValue()),
            ],
        };

        var outcome = Run(cement, clinker);

        outcome.Issues.ShouldBeEmpty();
        outcome.For("clinker").SeeTotal.ShouldBe(0.875m);
        var r = outcome.For("cement");
        r.SeeDirect.ShouldBe(0.6835m);
        r.SeeIndirect.ShouldBe(0.05075m);
        r.IndirectCounts.ShouldBeTrue();
        r.SeeTotal.ShouldBe(0.73425m);
        r.Trace.Where(t => t.Subject == "calcined clay" && t.Key == "precursor.see_dir").Single().Source.ShouldContain("Other countries and territories");
    }

    [Fact]
    public void Calculate_AluminiumSheetWithPactIngotAndExports_HandWorked()
    {
        // Sheet 7606: Eq. 55 50 − heat exported 5 − waste gas exported 2 − electricity produced 3 = 40 t.
        // Ingot 7601, 510 t, PACT 8.2 kg/kg → 4,182 t. AL 500 t: SEE_dir = (40 + 4,182) / 500 = 8.444.
        var sheet = Process("sheet", "7606 12", 500m,
            new CbamDirectEmissions(E(50m), HeatExported: E(5m), WasteGasExportedCorrection: E(2m), ElectricityProduced: E(3m))) with
        {
            Precursors = [new CbamPrecursorInput("ingot", CnCode.Parse("7601 20"), T(510m), new CbamPrecursorSource.Pact(8.2m, "urn:pact:ingot-1"))],
        };

        var r = Run(sheet).For("sheet");

        r.AttributedDirectTonnes.ShouldBe(40m);
        r.SeeDirect.ShouldBe(8.444m);
        r.SeeIndirect.ShouldBe(0m);
        r.SeeTotal.ShouldBe(8.444m);
    }

    [Fact]
    public void Calculate_PrecursorLoop_RefusedNamingTheLoop()
    {
        var a = Process("A", "7208 10 00", 10m, new CbamDirectEmissions(E(1m))) with
        {
            Precursors = [new CbamPrecursorInput("B", CnCode.Parse("7213"), T(1m), new CbamPrecursorSource.OwnProcess("B"))],
        };
        var b = Process("B", "7213", 10m, new CbamDirectEmissions(E(1m))) with
        {
            Precursors = [new CbamPrecursorInput("A", CnCode.Parse("7208 10 00"), T(1m), new CbamPrecursorSource.OwnProcess("A"))],
        };

        var outcome = Run(a, b);

        outcome.Results.ShouldBeEmpty();
        var issue = outcome.Issues.ShouldHaveSingleItem();
        issue.Key.ShouldBe("cbam.precursor.loop");
        issue.MessageEn.ShouldContain("A → B → A");
        issue.MessageZh.ShouldContain("A → B → A");
    }

    [Fact]
    public void Calculate_AllOutputExcluded_ZeroActivityLevelRefused()
    {
        var p = Process("p", "7318 15", 10m, new CbamDirectEmissions(E(1m))) with { Excluded = [new CbamExcludedOutput(CbamExcludedKind.Waste, T(10m))] };
        var issue = Run(p).Issues.ShouldHaveSingleItem();
        issue.Key.ShouldBe("cbam.activity_level");
    }

    [Fact]
    public void Calculate_BadInput_EveryIssueAndNoResults()
    {
        var p = Process("p", "8471 30 00", -5m, new CbamDirectEmissions(E(1m))) with
        {
            Precursors = [new CbamPrecursorInput("x", CnCode.Parse("7213"), T(1m), new CbamPrecursorSource.OwnProcess("missing"))],
        };

        var outcome = Run(p);

        outcome.Results.ShouldBeEmpty();
        outcome.Issues.Select(i => i.Key).ShouldBe(["cbam.cn.unknown", "cbam.negative", "cbam.activity_level", "cbam.precursor.unknown_process"], ignoreOrder: true);
    }

    [Fact]
    public void Calculate_DefaultPrecursorFromAnotherOrigin_NotShipped()
    {
        var p = Process("p", "7318 15", 10m, new CbamDirectEmissions(E(1m))) with
        {
            Precursors = [new CbamPrecursorInput("rod", CnCode.Parse("7213"), T(1m), new CbamPrecursorSource.DefaultValue("JP"))],
        };
        Run(p).Issues.ShouldHaveSingleItem().Key.ShouldBe("cbam.origin.not_shipped");
    }

    [Fact]
    public void Calculate_ScrapAsPrecursor_RefusedBecauseItCarriesZero()
    {
        // Annex II point F: scrap entering another process carries zero embedded emissions; 7204 is not a CBAM good.
        var p = Process("p", "7206 10 00", 10m, new CbamDirectEmissions(E(1m))) with
        {
            Precursors = [new CbamPrecursorInput("scrap", CnCode.Parse("7204 41"), T(11m), new CbamPrecursorSource.Supplier(0.5m, null, "回收商"))],
        };
        var issue = Run(p).Issues.ShouldHaveSingleItem();
        issue.Key.ShouldBe("cbam.precursor.not_cbam");
        issue.MessageEn.ShouldContain("Annex II point F");
    }

    [Fact]
    public void Compare_BoltsActualAgainstDefault_ByYear()
    {
        // Actual 2.3 (the wire-rod example's SEE) against 2.707 × 1.10 = 2.9777 in 2026: 0.6777 lower, 22.759… % of the default.
        var bolts = Process("bolts", "7318 15 00", 1000m, new CbamDirectEmissions(E(2300m)));
        var r = Run(bolts).For("bolts");

        var c2026 = CbamDefaultComparison.For(r, 2026);
        (c2026.ActualSee, c2026.DefaultSee, c2026.DifferenceTPerT).ShouldBe((2.3m, 2.9777m, 0.6777m));
        c2026.DifferencePercent!.Value.ShouldBe(0.6777m * 100m / 2.9777m);
        CbamDefaultComparison.For(r, 2028).DifferenceTPerT.ShouldBe(3.5191m - 2.3m);
    }
}
