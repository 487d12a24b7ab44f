namespace Tanpan.Core.Cbam;

/// <summary>
/// Outputs that are not counted in a process's activity level (IR (EU) 2025/2547 Annex II point F: "Off-spec products,
/// by-products, waste, and scrap … shall not be included in the determination of the activity level. They shall therefore
/// be assigned zero embedded emissions when entering another production process.").
/// </summary>
public enum CbamExcludedKind
{
    OffSpec,
    ByProduct,
    Waste,
    Scrap,
}
