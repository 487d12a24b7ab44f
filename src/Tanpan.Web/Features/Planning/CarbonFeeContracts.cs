namespace Tanpan.Web.Features.Planning;

/// <summary>
/// <c>POST /api/v1/carbon-fee/estimate</c>: either the plant's scope 1 + 2 emissions (t CO₂e) or an inventory of the
/// organisation whose scope 1 + 2 total is used; the rate (general, A or B), high carbon leakage, the emission year
/// (default: the inventory's year, else the first fee year) and domestic offsets (t CO₂e).
/// </summary>
public sealed record CarbonFeeRequest(
    decimal? EmissionsT = null, Guid? InventoryId = null, string? Rate = null, bool HighLeakage = false, int? Year = null, decimal? OffsetsT = null);

/// <summary>
/// A carbon-fee estimate with every parameter used (the CLI's <c>tanpan fee estimate --json</c>): tonnes exact, fee in
/// NT$ exact. <see cref="InventoryId"/> and <see cref="InventoryYear"/> are set when the tonnes came from an inventory.
/// </summary>
public sealed record CarbonFeeResponse(
    string ParametersVersion, int Year, decimal EmissionsT, Guid? InventoryId, int? InventoryYear, string Rate, decimal RateNtdPerT,
    bool HighLeakage, bool Payer, decimal ThresholdT, decimal KT, decimal AdjustmentFactor, int? AdjustmentPeriod, decimal ChargeableT,
    decimal OffsetsRequestedT, decimal OffsetCapT, decimal OffsetsAppliedT, bool OffsetsCapped, decimal FeeNtd);
