using Tanpan.Core.Cbam;

namespace Tanpan.Core.Tests.Cbam;

public class CnCodeTests
{
    [Theory]
    [InlineData("7318 15 00", "73181500", "7318 15 00")]
    [InlineData("7318.15", "731815", "7318 15")]
    [InlineData("７６０１", "7601", "7601")]
    [InlineData(" 2523 10 00 90 ", "2523100090", "2523 10 00 90")]
    [InlineData("7219-11-00", "72191100", "7219 11 00")]
    public void Parse_WrittenAsPeopleWriteIt_KeepsDigitsAndGroupsThem(string text, string digits, string shown)
    {
        var code = CnCode.Parse(text);
        code.Digits.ShouldBe(digits);
        code.ToString().ShouldBe(shown);
    }

    [Theory]
    [InlineData("731")]
    [InlineData("73181")]
    [InlineData("73181500901")]
    [InlineData("7318a15")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_Malformed_ThrowsWithBothLanguages(string? text)
    {
        var e = Should.Throw<CbamException>(() => CnCode.Parse(text));
        e.Issue.Key.ShouldBe("cbam.cn.malformed");
        e.Issue.MessageZh.ShouldContain("CN 代碼");
        e.Issue.MessageEn.ShouldContain("4, 6, 8 or 10 digits");
    }

    [Fact]
    public void Contains_HeadingContainsItsLines_NotTheOtherWay()
    {
        CnCode.Parse("7318").Contains(CnCode.Parse("7318 15 00")).ShouldBeTrue();
        CnCode.Parse("7318 15 00").Contains(CnCode.Parse("7318")).ShouldBeFalse();
        CnCode.Parse("7318 15").ShouldBe(CnCode.Parse("731815"));
    }

    [Theory]
    [InlineData("7318 15 00", CbamGoodsCategory.IronAndSteel, false)]
    [InlineData("7601", CbamGoodsCategory.Aluminium, false)]
    [InlineData("2523 29 00", CbamGoodsCategory.Cement, true)]
    [InlineData("3102 10 10", CbamGoodsCategory.Fertilisers, true)]
    [InlineData("2804 10 00", CbamGoodsCategory.Hydrogen, false)]
    [InlineData("2601 12 00", CbamGoodsCategory.IronAndSteel, true)]
    [InlineData("2716 00 00", CbamGoodsCategory.Electricity, false)]
    public void Category_AnnexIGoods_AndWhetherIndirectCounts(string text, CbamGoodsCategory category, bool indirect)
    {
        var code = CnCode.Parse(text);
        CbamGoods.Category(code).ShouldBe(category);
        CbamGoods.IndirectEmissionsCount(code).ShouldBe(indirect);
    }

    [Theory]
    [InlineData("7204 10 00")] // ferrous scrap: excepted in Annex I
    [InlineData("7202 21 00")] // ferro-silicon: excepted
    [InlineData("3105 60 00")] // P+K fertilisers: excepted
    [InlineData("8471 30 00")] // laptops
    public void Category_NotACbamGood_IsNullAndRequireThrows(string text)
    {
        var code = CnCode.Parse(text);
        CbamGoods.Category(code).ShouldBeNull();
        Should.Throw<CbamException>(() => CbamGoods.Require(code)).Issue.Key.ShouldBe("cbam.cn.unknown");
    }
}
