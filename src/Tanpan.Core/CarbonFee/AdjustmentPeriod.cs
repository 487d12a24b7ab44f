namespace Tanpan.Core.CarbonFee;

/// <summary>
/// The high carbon-leakage adjustment factor (排放量調整係數, 碳費收費辦法 §6) for the emission years
/// <see cref="FromYear"/>–<see cref="ToYear"/>. The factors are from the 辦法; the years are repository-derived and unverified.
/// </summary>
public sealed record AdjustmentPeriod(int Number, decimal Factor, int FromYear, int ToYear);
