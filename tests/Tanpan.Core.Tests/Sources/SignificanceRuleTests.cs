using Tanpan.Core.Sources;

namespace Tanpan.Core.Tests.Sources;

/// <summary>One significance definition: categories 1–2 always; 3–6 by S = R × C × P ≥ 10 or when required.</summary>
public sealed class SignificanceRuleTests
{
    [Theory]
    [InlineData(2, null, false, true)]    // imported electricity, never scored: mandatory (管理辦法, 盤查作業指引 113年版)
    [InlineData(1, 1, false, true)]       // a direct source scored 1×1×1 is still quantified
    [InlineData(3, null, false, false)]   // not scored yet
    [InlineData(3, 9, false, false)]      // 3 × 3 × 1
    [InlineData(3, 10, false, true)]      // 2 × 5 × 1: the threshold itself
    [InlineData(6, 1, true, true)]        // required by law or a customer
    public void IsSignificant_ByCategoryScoreAndRequirement(int category, int? score, bool required, bool expected) =>
        SignificanceRule.IsSignificant(category, score, required).ShouldBe(expected);

    [Fact]
    public void Reason_NamesWhy() =>
        (SignificanceRule.Reason(2, null, false).Zh, SignificanceRule.Reason(3, 12, false).En, SignificanceRule.Reason(3, null, false).Zh)
            .ShouldBe(("類別 1、2 必須量化", "S ≥ 10", "尚未評分"));
}
