using System.Text.RegularExpressions;
using Tanpan.Core.Tests.Support;
using Tanpan.Core.Text;

namespace Tanpan.Core.Tests.CarbonFee;

/// <summary>
/// The credit rows quote 碳費收費辦法 (O0020139, 113/08/29) in 「…」; every quotation must be found, word for word, in the
/// shipped text data/carbon-fee/source/碳費收費辦法.txt, so a row cannot cite a sentence the regulation does not contain.
/// </summary>
public sealed partial class CarbonFeeSourceTests
{
    private static readonly string Law = File.ReadAllText(Path.Combine(Records.RepositoryRoot(), "data", "carbon-fee", "source", "碳費收費辦法.txt"));

    [Fact]
    public void SourceText_IsTheVersionOf20240829() => Law.ShouldStartWith("碳費收費辦法 最新異動日期 20240829 pcode O0020139");

    [Fact]
    public void CreditRowQuotations_AreInTheShippedText()
    {
        var t = ReferenceCsv.Load("carbon-fee/credits.csv");
        var quotes = t.Rows.SelectMany(r => Quote().Matches(t.Text(r, "source")).Select(m => m.Groups[1].Value)).ToList();

        quotes.Count.ShouldBe(5); // §9 第1項 and 第1款; 第2款 and 第2項; §10 第1項
        quotes.ShouldAllBe(q => Law.Contains(q, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("其扣除上限不得超過事業收費排放量之百分之十")] // §9 第1項: the domestic cap
    [InlineData("得供非屬經審查認定之高碳洩漏風險事業使用，其扣除比率為零點三")] // §9 第1項第2款
    [InlineData("僅得於碳費開徵後之前三年扣除收費排放量")] // §9 第2項
    [InlineData("其扣除上限不得超過事業收費排放量之百分之五")] // §10 第1項
    [InlineData("事業以減量額度抵換扣除其年排放量之比率，視事業所使用減量額度之種類，依第九條第一項各款規定辦理")] // §7
    [InlineData("生產電力事業躉售公用售電業或非經躉售逕行供應特定用戶之電量及其排碳強度")] // §8 第2項
    public void RuleModelled_IsTheRegulationsWording(string sentence) => Law.ShouldContain(sentence);

    [GeneratedRegex("「([^」]+)」")]
    private static partial Regex Quote();
}
