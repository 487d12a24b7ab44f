using Tanpan.Core.Units;

namespace Tanpan.Core.Cbam;

/// <summary>
/// A CBAM production process of an installation (a Tanpan facility or part of one) producing one good (CN code and
/// production route) in the reporting period. Activity level AL = <see cref="GrossOutput"/> − the excluded outputs
/// (off-spec, by-products, waste, scrap: IR (EU) 2025/2547 Annex II point F), which must be above zero.
/// </summary>
/// <param name="Id">Stable id within the installation (used by <see cref="CbamPrecursorSource.OwnProcess"/>).</param>
/// <param name="Name">Name as the operator writes it.</param>
/// <param name="CnCode">The good produced (must be a CBAM good).</param>
/// <param name="Route">Production route letter as IR 2025/2621 Annex I prints it (A, C, F, K, L …), or null.</param>
/// <param name="GrossOutput">Everything the process put out in the period, before exclusions.</param>
/// <param name="Direct">Attributed direct emissions terms (Eq. 55).</param>
/// <param name="Indirect">Electricity and factor, or null when not measured.</param>
public sealed record CbamProductionProcess(
    string Id,
    string Name,
    CnCode CnCode,
    string? Route,
    Quantity<Mass> GrossOutput,
    CbamDirectEmissions Direct,
    CbamIndirectEmissions? Indirect)
{
    public IReadOnlyList<CbamPrecursorInput> Precursors { get; init; } = [];

    public IReadOnlyList<CbamExcludedOutput> Excluded { get; init; } = [];

    /// <summary>AL = gross output − Σ excluded (exact).</summary>
    public Quantity<Mass> ActivityLevel => Excluded.Aggregate(GrossOutput, (al, x) => al - x.Mass);
}
