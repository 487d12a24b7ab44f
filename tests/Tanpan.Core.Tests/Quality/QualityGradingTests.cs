using Tanpan.Core.Factors;
using Tanpan.Core.Quality;

namespace Tanpan.Core.Tests.Quality;

public class QualityGradingTests
{
    [Theory]
    [InlineData(1, 1, 1, 1, 1)]
    [InlineData(3, 3, 1, 9, 1)]
    [InlineData(2, 2, 3, 12, 2)]
    [InlineData(2, 3, 3, 18, 2)]
    [InlineData(3, 3, 3, 27, 3)]
    public void ScoreAndGrade_Levels_MoenvTable(int a1, int a2, int a3, int score, int grade)
    {
        QualityGrading.Score(a1, a2, a3).ShouldBe(score);
        QualityGrading.Grade(score).ShouldBe(grade);
    }

    [Theory]
    [InlineData(9, 1)]
    [InlineData(10, 2)]
    [InlineData(18, 2)]
    [InlineData(19, 3)]
    public void Grade_AtTheEdges_LowerBoundBelongsToTheWorseGrade(int score, int grade) => QualityGrading.Grade(score).ShouldBe(grade);

    [Theory]
    [InlineData(0)]
    [InlineData(28)]
    public void Grade_OutsideOneTo27_Throws(int score) => Should.Throw<ArgumentOutOfRangeException>(() => QualityGrading.Grade(score));

    [Fact]
    public void Score_LevelOutsideOneToThree_Throws() => Should.Throw<ArgumentOutOfRangeException>(() => QualityGrading.Score(4, 1, 1));

    [Theory]
    [InlineData(FactorOrigin.SelfMeasured, 1)]
    [InlineData(FactorOrigin.Supplier, 2)]
    [InlineData(FactorOrigin.Shipped, 3)]
    public void FactorLevel_ByOrigin_OwnBeatsSupplierBeatsNational(FactorOrigin origin, int level) =>
        QualityGrading.FactorLevel(origin).ShouldBe(level);

    [Theory]
    [InlineData("財務單據(繳費單)", "utility_bill", 2, 1)]
    [InlineData("操作報表紀錄", "operation_records", 1, 2)]
    [InlineData("維護運轉推估", "maintenance_estimate", 3, 3)]
    [InlineData("加油卡/車隊卡", "fuel_card", 2, 1)]
    [InlineData("總經歷工時", "payroll_hours", 2, 2)]
    [InlineData("原始填充量 ×逸散率", "nameplate_charge", 3, 2)]
    [InlineData("採購量 + 庫存變化", "purchase_stock", 2, 2)]
    [InlineData("採購金額回推用量", "money_estimate", 3, 3)]
    [InlineData("自動連續量測", "continuous", 1, 2)]
    [InlineData("", "unknown", 3, 3)]
    [InlineData("問了老闆", "unknown", 3, 3)]
    public void Match_SeedMethodNames_DefaultLevels(string text, string key, int activityLevel, int calibrationLevel)
    {
        var method = DataSourceMethods.Match(text);
        (method.Key, method.ActivityLevel, method.CalibrationLevel).ShouldBe((key, activityLevel, calibrationLevel));
    }

    [Fact]
    public void Methods_EveryRow_HasLevelsInRangeAndNonNegativeBounds()
    {
        DataSourceMethods.All.Count.ShouldBeGreaterThan(5);
        foreach (var m in DataSourceMethods.All)
        {
            m.ActivityLevel.ShouldBeInRange(1, 3, m.Key);
            m.CalibrationLevel.ShouldBeInRange(1, 3, m.Key);
            m.ActivityLower.ShouldBeInRange(0m, 1m, m.Key);
            m.ActivityUpper.ShouldBeGreaterThanOrEqualTo(0m, m.Key);
            m.NameZh.ShouldNotBeEmpty();
        }

        DataSourceMethods.All.Where(m => m.IsMoneyEstimate).Select(m => m.Key).ShouldBe(["money_estimate"]);
    }
}
