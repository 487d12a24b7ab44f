using Tanpan.Core.Tariffs.Billing;

namespace Tanpan.Core.Tests.Tariffs;

/// <summary>
/// 電價表 (114年10月1日) 附錄一 二、(一) 電價調整係數, shipped as data/tariffs/taipower_adjustment_factors_20251001.csv. The table's
/// own footnote (註：調整係數計算方式) derives every factor from the rises of 111–113; each formula below is the footnote's, and
/// the printed factor is its value cut to three decimals (1.14 / 1.12 = 1.01786 → 1.017, not 1.018).
/// </summary>
public class TariffAdjustmentFactorsTests
{
    public static TheoryData<string, string[], string[]> Footnotes => new()
    {
        { "1.017", ["1.14"], ["1.12"] },
        { "0.971", ["1.05", "1.14"], ["1.10", "1.12"] },
        { "0.955", ["1.07"], ["1.12"] },
        { "0.954", ["1.05"], ["1.10"] },
        { "0.943", ["1.085", "1.14"], ["1.17", "1.12"] },
        { "0.938", ["1.07"], ["1.14"] },
        { "0.927", ["1.085"], ["1.17"] },
        { "0.911", ["1.05", "1.07"], ["1.10", "1.12"] },
        { "0.896", ["1.07", "1.07"], ["1.12", "1.14"] },
        { "0.895", ["1.05", "1.07"], ["1.10", "1.14"] },
        { "0.892", ["1.14"], ["1.12", "1.14"] },
        { "0.885", ["1.085", "1.07"], ["1.17", "1.12"] },
        { "0.877", ["1"], ["1.14"] },
        { "0.870", ["1.085", "1.07"], ["1.17", "1.14"] },
        { "0.855", ["1.05", "1.07", "1.07"], ["1.10", "1.12", "1.14"] },
        { "0.852", ["1.05", "1.14"], ["1.10", "1.12", "1.14"] },
        { "0.838", ["1.07"], ["1.12", "1.14"] },
        { "0.831", ["1.085", "1.07", "1.07"], ["1.17", "1.12", "1.14"] },
        { "0.827", ["1.085", "1.14"], ["1.17", "1.12", "1.14"] },
        { "0.799", ["1.05", "1.07"], ["1.10", "1.12", "1.14"] },
        { "0.777", ["1.085", "1.07"], ["1.17", "1.12", "1.14"] },
        { "0.776", ["1.14"], ["1.15", "1.12", "1.14"] },
        { "0.762", ["1"], ["1.15", "1.14"] },
    };

    [Theory]
    [MemberData(nameof(Footnotes))]
    public void Footnote_FormulaCutToThreeDecimals_IsThePrintedFactor(string printed, string[] rises, string[] over)
    {
        var value = rises.Select(Parse).Aggregate(1m, (a, b) => a * b) / over.Select(Parse).Aggregate(1m, (a, b) => a * b);

        (Math.Truncate(value * 1000m) / 1000m).ShouldBe(Parse(printed));
    }

    [Fact]
    public void EveryShippedFactor_IsOneTheFootnoteDerives()
    {
        var derived = Footnotes.Select(row => Parse((string)row[0])).ToHashSet();

        TariffAdjustmentFactors.All.Count.ShouldBe(176);
        foreach (var row in TariffAdjustmentFactors.All)
        {
            derived.ShouldContain(row.HighAndExtraHighVoltagePower, row.IndustryZh);
            if (row.LowVoltagePower is { } low)
            {
                derived.ShouldContain(low, row.IndustryZh);
            }

            if (row.LightingStandardTou is { } lighting)
            {
                derived.ShouldContain(lighting, row.IndustryZh);
            }
        }

        TariffAdjustmentFactors.All.Where(r => r.IndustryCode is not null).GroupBy(r => r.IndustryCode).ShouldAllBe(g => g.Count() == 1);
    }

    [Theory]
    [InlineData("220", "塑膠製品製造業", "0.896")]
    [InlineData("261", "半導體製造業", "1.017")]
    [InlineData("313", "自行車及其零件製造業", "0.777")]
    [InlineData("086", "碾榖、磨粉及澱粉製品製造業", "0.762")]
    [InlineData("攤販集中市場", "攤販集中市場", "0.776")]
    [InlineData("631", "入口網站經營、資料處理、主機及網站代管服務業", "1.017")]
    public void Find_RowsOfTheTable_HighAndExtraHighVoltageColumn(string key, string name, string factor)
    {
        var row = TariffAdjustmentFactors.Find(key)!;

        row.IndustryZh.ShouldBe(name);
        row.HighAndExtraHighVoltagePower.ShouldBe(Parse(factor));
    }

    [Fact]
    public void UnlistedCode_IsNotFound_ButIsACode()
    {
        TariffAdjustmentFactors.Find("999").ShouldBeNull();
        TariffAdjustmentFactors.IsIndustryCode("999").ShouldBeTrue();
        TariffAdjustmentFactors.IsIndustryCode("plastics").ShouldBeFalse();
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
