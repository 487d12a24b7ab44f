using Tanpan.Core.Factors;

namespace Tanpan.Core.Quality;

/// <summary>
/// The MOENV 清冊 data-quality rule (表單 4-數據品質管理): score = activity-data type (A1) × instrument
/// calibration (A2) × factor type (A3), each level 1–3, so 1–27; grade 1 below 10, 2 for 10–18,
/// 3 for 19–27. Source: shared/data/moenv_inventory_data_quality_grading.csv (see data/quality/README.md).
/// </summary>
public static class QualityGrading
{
    public static int Score(int activityLevel, int calibrationLevel, int factorLevel)
    {
        Check(activityLevel, nameof(activityLevel));
        Check(calibrationLevel, nameof(calibrationLevel));
        Check(factorLevel, nameof(factorLevel));
        return activityLevel * calibrationLevel * factorLevel;
    }

    public static int Grade(int score)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(score, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, 27);
        return score < 10 ? 1 : score < 19 ? 2 : 3;
    }

    /// <summary>
    /// A3: a self-developed or mass-balance factor is 1, a manufacturer's or regional factor 2, a national
    /// or international default (every shipped set) 3.
    /// </summary>
    public static int FactorLevel(FactorOrigin origin) => origin switch
    {
        FactorOrigin.SelfMeasured => 1,
        FactorOrigin.Supplier => 2,
        _ => 3,
    };

    public static string FactorTypeZh(int level) => level switch
    {
        1 => "自廠發展係數/質能平衡",
        2 => "製造廠提供/區域排放係數",
        _ => "國家排放係數/國際排放係數",
    };

    public static string FactorTypeEn(int level) => level switch
    {
        1 => "site-specific / mass balance",
        2 => "manufacturer / regional",
        _ => "national / international default",
    };

    private static void Check(int level, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3, name);
    }
}
