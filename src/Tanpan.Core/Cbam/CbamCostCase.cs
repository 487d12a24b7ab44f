namespace Tanpan.Core.Cbam;

/// <summary>
/// Certificates for one SEE (actual or default with mark-up) in one year, exact (no rounding):
/// embedded = t × SEE; free-allocation adjustment = benchmark × CBAM factor × t, or (approximation) embedded × CBAM factor;
/// certificates = max(0, embedded − adjustment).
/// </summary>
public sealed record CbamCostCase(
    decimal SeeTPerT,
    decimal EmbeddedTCo2e,
    decimal FreeAllocationAdjustmentTCo2e,
    decimal Certificates,
    IReadOnlyList<CbamScenarioCost> Costs);
