namespace Tanpan.Core.Products;

/// <summary>
/// The life-cycle stages of a product footprint as Taiwan's 產品碳足跡 rules and ISO 14067:2018 §6.3.5 name them.
/// A cradle-to-gate footprint has <see cref="RawMaterialAcquisition"/> and <see cref="Production"/>; the others are
/// added only where the user supplies per-unit values (<see cref="DownstreamValue"/>).
/// </summary>
public enum LifeCycleStage
{
    /// <summary>原料取得 — raw-material acquisition (the BOM).</summary>
    RawMaterialAcquisition,

    /// <summary>製造 — production (the facility's allocated inventory).</summary>
    Production,

    /// <summary>配送銷售 — distribution and retail.</summary>
    Distribution,

    /// <summary>使用 — use.</summary>
    Use,

    /// <summary>廢棄處理 — end of life.</summary>
    EndOfLife,
}
