using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Core.Quality;

/// <summary>
/// Data quality and 95 % uncertainty of one emission source (facility + source name + material +
/// source type, as in <see cref="Inventory.SourceTotal"/>). <see cref="Method"/> is the worst method among
/// its rows; <see cref="Activity"/> and <see cref="FactorBounds"/> are emission-weighted over its rows (rows of
/// one source share a meter and a factor, so their errors add linearly); <see cref="Uncertainty"/> = √(A² + F²).
/// </summary>
public sealed record SourceQuality(
    string Facility,
    string Source,
    string MaterialKey,
    string MaterialName,
    SourceType SourceType,
    Co2e Total,
    DataSourceMethod Method,
    EmissionFactor Factor,
    int FactorLevel,
    Bounds Activity,
    Bounds FactorBounds,
    IReadOnlyList<int> Lines)
{
    public int ActivityLevel => Method.ActivityLevel;

    public int CalibrationLevel => Method.CalibrationLevel;

    /// <summary>A1 × A2 × A3, 1–27.</summary>
    public int Score => QualityGrading.Score(ActivityLevel, CalibrationLevel, FactorLevel);

    /// <summary>1–3 from <see cref="Score"/>.</summary>
    public int Grade => QualityGrading.Grade(Score);

    /// <summary>Relative 95 % bounds of the source's CO₂e.</summary>
    public Bounds Uncertainty => Activity.Combine(FactorBounds);
}
