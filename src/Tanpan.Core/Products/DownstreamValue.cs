namespace Tanpan.Core.Products;

/// <summary>
/// A per-unit value for a stage after the gate (配送銷售, 使用, 廢棄處理) supplied by the user, kg CO₂e per declared unit,
/// with where it comes from (e.g. a PCR's default transport scenario). Added to the footprint as given.
/// </summary>
public sealed record DownstreamValue(string ProductCode, LifeCycleStage Stage, decimal KgCo2ePerUnit, string Source);
