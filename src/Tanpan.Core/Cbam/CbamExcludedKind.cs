namespace Tanpan.Core.Cbam;

/// <summary>
/// Outputs that are not counted in a process's activity level and carry zero embedded emissions (IR (EU) 2025/2547
/// Annex II section F; as IR 2023/1773 Annex III F.1: "off-spec products, by-products, waste and scrap").
/// </summary>
public enum CbamExcludedKind
{
    OffSpec,
    ByProduct,
    Waste,
    Scrap,
}
