using Tanpan.Core.CarbonFee;

namespace Tanpan.Core.Tests.CarbonFee;

/// <summary>
/// 碳費收費辦法 §5 第4項: 「收費排放量之計算以四捨五入取至小數點後第三位；碳費應繳納費額之計算取至整數，小數點後無條件捨去。」
/// Every expected figure below is worked by hand from that sentence.
/// </summary>
public partial class CarbonFeeCalculatorTests
{
    [Theory]
    [InlineData("25010.0034", "10.003", 3_000)] // 4th decimal 4 → 10.003 t; × 300 = 3,000.9 → NT$3,000
    [InlineData("25010.0035", "10.004", 3_001)] // 4th decimal 5 → 10.004 t (half up); × 300 = 3,001.2 → NT$3,001
    [InlineData("25000.0004", "0", 0)] // a fraction of a tonne above 25,000 t that rounds away
    [InlineData("25000.0005", "0.001", 0)] // rounds up to 1 kg; × 300 = 0.3 → NT$0
    [InlineData("25000.00334", "0.003", 0)] // unrounded it would be 1.002 → NT$1; the rule gives 0.9 → NT$0
    [InlineData("25000.0034", "0.003", 0)]
    [InlineData("25000.0037", "0.004", 1)] // 1.2 → NT$1
    [InlineData("25000.999", "0.999", 299)] // 299.7 → NT$299
    [InlineData("25001", "1", 300)]
    public void Estimate_Section5Rounding_ChargeableHalfUpThenFeeTruncated(string emissions, string chargeable, int fee)
    {
        var e = Estimate(decimal.Parse(emissions, System.Globalization.CultureInfo.InvariantCulture));

        e.ChargeableT.ShouldBe(decimal.Parse(chargeable, System.Globalization.CultureInfo.InvariantCulture));
        e.Fee.BaseValue.ShouldBe(fee);
    }

    /// <summary>High leakage 2025: 30,000.0035 t × 0.2 = 6,000.0007 → 6,000.001 t; × NT$50 (rate A) = 300,000.05 → NT$300,000.</summary>
    [Fact]
    public void Estimate_HighLeakageFractionalProduct_RoundedBeforeTheRate()
    {
        var e = Estimate(30_000.0035m, CarbonFeeRate.A, highLeakage: true);

        e.ChargeableT.ShouldBe(6_000.001m);
        e.Fee.BaseValue.ShouldBe(300_000m);
    }

    /// <summary>Property: for any payer, rate and offsets the fee is a whole NT$, never above rate × chargeable, and within NT$1 of rate × net.</summary>
    [Fact]
    public void Estimate_AnyInput_FeeWholeAndNeverAboveRateTimesChargeable()
    {
        var random = new Random(20_250_529);
        var rates = Enum.GetValues<CarbonFeeRate>();
        for (var i = 0; i < 2_000; i++)
        {
            var emissions = 25_000m + (decimal)random.NextInt64(0, 2_000_000_000_000) / 1_000_000m;
            var highLeakage = random.Next(4) == 0;
            var year = random.Next(2025, 2031);
            var offsets = (decimal)random.Next(0, 100_000_000) / 1_000m;
            var e = Estimate(emissions, rates[random.Next(rates.Length)], highLeakage, year, offsets);

            var fee = e.Fee.BaseValue;
            fee.ShouldBe(decimal.Truncate(fee), $"case {i}: {emissions} t");
            fee.ShouldBeLessThanOrEqualTo(e.RateNtdPerT * e.ChargeableT, $"case {i}: {emissions} t");
            fee.ShouldBeGreaterThan(e.RateNtdPerT * e.NetChargeableT - 1m, $"case {i}: {emissions} t");
            e.ChargeableT.ShouldBe(decimal.Round(e.ChargeableT, 3), $"case {i}: {emissions} t");
            e.NetChargeableT.ShouldBeGreaterThanOrEqualTo(0m);
        }
    }
}
