using Tanpan.Core.Text;

namespace Tanpan.Core.Tests.Text;

public sealed class PlainNumberTests
{
    [Theory]
    [InlineData("0.000021101472", 10, "0.000021101472")]     // 6.0.4 diesel N2O per litre: printed as 2.1101472E-05 before
    [InlineData("0.00000334944", 10, "0.00000334944")]
    [InlineData("2.606031792", 10, "2.606031792")]
    [InlineData("2.6060317925", 10, "2.606031793")]           // half away from zero at the 10th figure
    [InlineData("-2.6060317925", 10, "-2.606031793")]
    [InlineData("123456789012.5", 10, "123456789000")]        // above the figures: zeros, no exponent
    [InlineData("0.5", 1, "0.5")]
    [InlineData("0.05", 1, "0.05")]
    [InlineData("9.96", 2, "10")]
    [InlineData("0", 10, "0")]
    [InlineData("100", 3, "100")]
    public void Significant_RoundsAndWritesPlainNotation(string value, int digits, string expected) =>
        PlainNumber.Significant(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), digits).ShouldBe(expected);

    [Fact]
    public void Significant_NeverWritesAnExponent()
    {
        var random = new Random(15);
        for (var i = 0; i < 10_000; i++)
        {
            var value = (decimal)Math.Pow(10, (random.NextDouble() * 30) - 15) * (random.Next(2) == 0 ? 1 : -1);
            var text = PlainNumber.Significant(value, 1 + random.Next(12));
            text.ShouldNotContain("E");
            text.ShouldNotContain("e");
        }
    }

    [Fact]
    public void Significant_DigitsOutOfRange_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => PlainNumber.Significant(1m, 0));
        Should.Throw<ArgumentOutOfRangeException>(() => PlainNumber.Significant(1m, 29));
    }
}
