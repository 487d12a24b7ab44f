namespace Tanpan.Core.Products;

/// <summary>
/// Data quality of a footprint: <see cref="InventoryGrade"/> is the emission-weighted MOENV 清冊 grade (1 best – 3) of
/// the inventory rows allocated to the product (score = activity type × calibration × factor type, as
/// <see cref="Quality.QualityGrading"/>), null when no row was allocated; <see cref="Stated"/> are the PACT DQRs the
/// organisation states for the product, or null.
/// </summary>
public sealed record DataQuality(decimal? InventoryGrade, DataQualityRatings? Stated);
