namespace Tanpan.Core.Cbam;

/// <summary>
/// The specific embedded emissions of one production process's good (IR (EU) 2025/2547; Regulation (EU) 2023/956
/// Annex IV): SEE_dir = (AttrEm_dir + Σ M_prec × SEE_prec,dir) / AL and likewise indirect, in t CO₂e per t, exact.
/// <see cref="SeeTotal"/> is what counts for the good: direct, plus indirect only where <see cref="IndirectCounts"/>.
/// </summary>
public sealed record CbamSeeResult(
    string ProcessId,
    CnCode CnCode,
    CbamGoodsCategory Category,
    string? Route,
    decimal ActivityLevelTonnes,
    decimal AttributedDirectTonnes,
    decimal AttributedIndirectTonnes,
    decimal PrecursorDirectTonnes,
    decimal PrecursorIndirectTonnes,
    decimal SeeDirect,
    decimal SeeIndirect,
    bool IndirectCounts,
    IReadOnlyList<CbamTraceLine> Trace)
{
    /// <summary>SEE that counts for the good in the definitive period: direct (+ indirect where it counts), t CO₂e/t.</summary>
    public decimal SeeTotal => IndirectCounts ? SeeDirect + SeeIndirect : SeeDirect;
}
