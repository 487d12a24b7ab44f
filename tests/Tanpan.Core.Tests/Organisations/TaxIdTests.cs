using Tanpan.Core.Organisations;

namespace Tanpan.Core.Tests.Organisations;

public class TaxIdTests
{
    // Hand-worked with weights 1,2,1,2,1,2,4,1 (two-digit products add their digits):
    // 22099131 → 2+4+0+(1+8)+9+2+(1+2)+1 = 30: divisible by 10, valid under both rules.
    // 04595252 → 0+8+5+(1+8)+5+4+(2+0)+2 = 35: divisible by 5 only, valid since 2023-04-01.
    // 10458574 → 1+0+4+(1+0)+8+(1+0)+(2+8)+4 = 29; seventh digit 7, so 29 + 1 = 30: valid.
    // 10458579 → 34; seventh digit 7, 34 + 1 = 35: valid only through both the 7 rule and the 5 rule.
    // 10458570 → 25: valid only under the 2023 rule.
    // 12345678 → 42; seventh digit 7, 42 + 1 = 43: invalid.  10458571 → 26, 27: invalid.  22099132 → 31: invalid.
    [Theory]
    [InlineData("22099131", true)]
    [InlineData("04595252", true)]
    [InlineData("10458574", true)]
    [InlineData("10458579", true)]
    [InlineData("10458570", true)]
    [InlineData("12345678", false)]
    [InlineData("10458571", false)]
    [InlineData("22099132", false)]
    [InlineData("2209913", false)]
    [InlineData("220991311", false)]
    [InlineData("2209913a", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_FollowsTheMinistryOfFinanceRule(string? taxId, bool valid) => TaxId.IsValid(taxId).ShouldBe(valid);

    [Fact]
    public void WeightedSum_MatchesTheHandWorkedSums()
    {
        TaxId.WeightedSum("22099131").ShouldBe(30);
        TaxId.WeightedSum("04595252").ShouldBe(35);
        TaxId.WeightedSum("10458574").ShouldBe(29);
    }

    [Fact]
    public void IsValid_SumDivisibleBy5ButNot10_WasInvalidBefore2023AndIsValidNow()
    {
        (TaxId.WeightedSum("04595252") % 10).ShouldBe(5);
        TaxId.IsValid("04595252").ShouldBeTrue();
    }

    [Theory]
    [InlineData(" 2209 9131 ", "22099131")]
    [InlineData("２２０９９１３１", "22099131")]
    [InlineData("22-09-91-31", "22099131")]
    [InlineData("22099132", null)]
    [InlineData(null, null)]
    public void Normalize_ReadsWhatPeopleType(string? typed, string? expected) => TaxId.Normalize(typed).ShouldBe(expected);
}
