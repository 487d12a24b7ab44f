using Tanpan.Core.Cbam;

namespace Tanpan.Core.Tests.Cbam;

// Values: IR (EU) 2025/2621 Annex I as corrected by 2026/1740, Taiwan rows, as transcribed in
// Ddscully/dlt-dbt-duckdb-evidence dbt/seeds/cbam_default_values.csv @ c68a320 (data/cbam/README.md).
public class CbamDefaultValuesTests
{
    private static readonly CbamDefaultValues Table = CbamDefaultValues.Shipped;

    [Theory]
    [InlineData(2026, 10, "2.9777")] // 2.707 × 1.10
    [InlineData(2027, 20, "3.2484")] // 2.707 × 1.20
    [InlineData(2028, 30, "3.5191")] // 2.707 × 1.30
    [InlineData(2034, 30, "3.5191")] // 30 % holds from 2028 on
    public void ForYear_TaiwanBolts731815_MarkupByYear(int year, int markup, string expected)
    {
        var v = Table.ForYear(CnCode.Parse("7318 15 00"), year);
        v.Value.Direct.ShouldBe(2.707m);
        v.Value.Indirect.ShouldBeNull();
        v.Value.Line.Digits.ShouldBe("731815");
        v.Value.Route.ShouldBe("C");
        v.Value.IsFallback.ShouldBeFalse();
        v.MarkupPercent.ShouldBe(markup);
        v.MarkedUp.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("7208 10 00", "7208", "2.31", "C", CbamGoodsCategory.IronAndSteel)]
    [InlineData("7601 10 00", "7601", "0.36", "L", CbamGoodsCategory.Aluminium)]
    [InlineData("7606", "7606", "1.15", "L", CbamGoodsCategory.Aluminium)]
    [InlineData("2804 10 00", "28041000", "10.82", null, CbamGoodsCategory.Hydrogen)]
    public void Lookup_TaiwanLines_DirectOnlyForAnnexIIGoods(string cn, string line, string direct, string? route, CbamGoodsCategory category)
    {
        var v = Table.Lookup(CnCode.Parse(cn));
        v.Line.Digits.ShouldBe(line);
        v.Direct.ShouldBe(decimal.Parse(direct, System.Globalization.CultureInfo.InvariantCulture));
        v.Indirect.ShouldBeNull();
        v.IndirectCounts.ShouldBeFalse();
        v.Applicable.ShouldBe(v.Direct);
        v.Route.ShouldBe(route);
        v.Category.ShouldBe(category);
        v.IsFallback.ShouldBeFalse();
        v.SourceEn.ShouldContain("TW row");
    }

    [Fact]
    public void Lookup_TaiwanStainless72191100_UsesTheOtherCountriesRow()
    {
        // Taiwan's stainless lines 7218–7223 are blank; "Other countries and territories" 7219 11 00 = 4.94.
        var v = Table.Lookup(CnCode.Parse("7219 11 00"));
        v.IsFallback.ShouldBeTrue();
        v.Direct.ShouldBe(4.94m);
        v.Line.Digits.ShouldBe("72191100");
        v.SourceEn.ShouldContain("Other countries and territories");
        v.SourceZh.ShouldContain("其他國家與地區");
        Table.ForYear(CnCode.Parse("7219 11 00"), 2026).MarkedUp.ShouldBe(5.434m); // 4.94 × 1.10
    }

    [Fact]
    public void Lookup_CementClinker_CountsTheTotalWithIndirect()
    {
        // Grey clinker 2523 10 00 90 (TW): 0.83 direct + 0.04 indirect; the table's total is 0.86 (its own rounding).
        var v = Table.Lookup(CnCode.Parse("2523 10 00 90"));
        (v.Direct, v.Indirect, v.Total, v.IndirectCounts).ShouldBe((0.83m, (decimal?)0.04m, 0.86m, true));
        v.Applicable.ShouldBe(0.86m);
        Table.ForYear(v.Requested, 2026).MarkedUp.ShouldBe(0.946m);
    }

    [Fact]
    public void ForYear_Fertiliser_OnePercentEveryYear()
    {
        // Anhydrous ammonia 2814 10 00 (TW): total 2.20 × 1.01.
        foreach (var year in new[] { 2026, 2027, 2030 })
        {
            var v = Table.ForYear(CnCode.Parse("2814 10 00"), year);
            v.MarkupPercent.ShouldBe(1m);
            v.MarkedUp.ShouldBe(v.Value.Total * 1.01m);
        }
    }

    [Fact]
    public void Lookup_HeadingOverSeveralLines_AsksForADetailedCode()
    {
        var e = Should.Throw<CbamException>(() => Table.Lookup(CnCode.Parse("7318")));
        e.Issue.Key.ShouldBe("cbam.cn.ambiguous");
        e.Issue.MessageEn.ShouldContain("7318 15");
        e.Issue.MessageZh.ShouldContain("7318 16");
    }

    [Fact]
    public void Lookup_NotACbamGood_Unknown()
    {
        var e = Should.Throw<CbamException>(() => Table.Lookup(CnCode.Parse("8471 30 00")));
        e.Issue.Key.ShouldBe("cbam.cn.unknown");
        e.Issue.MessageZh.ShouldContain("8471 30 00");
    }

    [Fact]
    public void Lookup_Electricity_IsACbamGoodWithoutATableValue()
    {
        var e = Should.Throw<CbamException>(() => Table.Lookup(CnCode.Parse("2716 00 00")));
        e.Issue.Key.ShouldBe("cbam.default.missing");
        e.Issue.MessageEn.ShouldContain("2025/2621");
    }

    [Theory]
    [InlineData("JP")]
    [InlineData("CN")]
    public void Lookup_OtherOrigin_NotShipped(string origin)
    {
        var e = Should.Throw<CbamException>(() => Table.Lookup(CnCode.Parse("7318 15 00"), origin));
        e.Issue.Key.ShouldBe("cbam.origin.not_shipped");
        e.Issue.MessageZh.ShouldContain("臺灣");
    }

    [Fact]
    public void Lines_EveryLineHasOneValue_TaiwanBeforeFallback()
    {
        var lines = Table.Lines();
        lines.Select(l => l.Line.Digits).ShouldBeUnique();
        lines.Single(l => l.Line.Digits == "731815").IsFallback.ShouldBeFalse();
        lines.Single(l => l.Line.Digits == "72191100").IsFallback.ShouldBeTrue();
        lines.Count(l => l.IsFallback).ShouldBe(43); // 6 cement + 6 ferro-alloy/DRI + 31 stainless lines with values
    }
}
