namespace Tanpan.Core.Quality;

/// <summary>
/// How an activity amount was obtained (資訊取得方式), with the MOENV data-quality levels it implies
/// by default — activity-data type (A1: 1 continuous, 2 periodic, 3 estimated) and instrument
/// calibration (A2: 1 external, 2 internal or accounting, 3 none) — and the 95 % bounds of the amount
/// as fractions (0.05 = 5 %). Values and reasons: <c>data/quality/data-source-methods.csv</c> and its README.
/// </summary>
public sealed record DataSourceMethod(
    string Key,
    string NameZh,
    string NameEn,
    int ActivityLevel,
    int CalibrationLevel,
    decimal ActivityLower,
    decimal ActivityUpper,
    bool IsMoneyEstimate,
    string Basis);
