using Tanpan.Core.Cbam;

namespace Tanpan.Core.Tests.Cbam;

// CBAM factor: Reg. (EU) 2023/956 Art. 31 with Dir. 2003/87/EC Art. 10a(1a) as amended by Dir. (EU) 2023/959.
public class CbamSchedulesTests
{
    [Theory]
    [InlineData(2026, "97.5", "2.5")]
    [InlineData(2027, "95", "5")]
    [InlineData(2028, "90", "10")]
    [InlineData(2029, "77.5", "22.5")]
    [InlineData(2030, "51.5", "48.5")]
    [InlineData(2031, "39", "61")]
    [InlineData(2032, "26.5", "73.5")]
    [InlineData(2033, "14", "86")]
    [InlineData(2034, "0", "100")]
    public void PayableShare_ByYear(int year, string factor, string payable)
    {
        CbamSchedules.CbamFactorPercent(year).ShouldBe(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture));
        CbamSchedules.PayableSharePercent(year).ShouldBe(decimal.Parse(payable, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2035)]
    public void CbamFactor_OutsideTheSchedule_Refused(int year) =>
        Should.Throw<CbamException>(() => CbamSchedules.CbamFactorPercent(year)).Issue.Key.ShouldBe("cbam.year");

    [Theory]
    [InlineData(CbamGoodsCategory.IronAndSteel, 2026, 10)]
    [InlineData(CbamGoodsCategory.Aluminium, 2027, 20)]
    [InlineData(CbamGoodsCategory.Cement, 2028, 30)]
    [InlineData(CbamGoodsCategory.Hydrogen, 2031, 30)]
    [InlineData(CbamGoodsCategory.Fertilisers, 2026, 1)]
    [InlineData(CbamGoodsCategory.Fertilisers, 2029, 1)]
    public void Markup_ByCategoryAndYear(CbamGoodsCategory category, int year, int pct) =>
        CbamSchedules.MarkupPercent(category, year).ShouldBe(pct);
}
