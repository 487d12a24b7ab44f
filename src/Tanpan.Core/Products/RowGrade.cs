using Tanpan.Core.Inventory;
using Tanpan.Core.Quality;

namespace Tanpan.Core.Products;

/// <summary>The MOENV 清冊 grade (1–3) of one inventory row: activity type × calibration × factor type (<see cref="QualityGrading"/>).</summary>
internal static class RowGrade
{
    public static int Of(RowResult row)
    {
        var method = DataSourceMethods.Match(row.Row.DataSource);
        return QualityGrading.Grade(QualityGrading.Score(method.ActivityLevel, method.CalibrationLevel, QualityGrading.FactorLevel(row.Factor.Origin)));
    }
}
