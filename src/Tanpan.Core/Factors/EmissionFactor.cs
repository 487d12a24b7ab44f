using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Core.Factors;

/// <summary>
/// An emission factor with its provenance: kilograms of each gas per <see cref="Unit"/> of activity.
/// Electricity and steam factors are already CO₂e (<see cref="IsCo2e"/>): their single gas is
/// reported as CO₂ and no GWP is applied to it.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>moenv-6.0.4/diesel/stationary</c> or <c>grid/2021</c>.</param>
/// <param name="SetId">The factor set, e.g. <c>moenv-6.0.4</c>, <c>tw-grid</c>, <c>user</c>.</param>
/// <param name="SetVersion">The version of that set the value was taken from.</param>
/// <param name="MaterialKey">The material's key.</param>
/// <param name="SourceType">The source type it applies to.</param>
/// <param name="Variant">A sub-type (e.g. gasoline vehicle technology), or empty.</param>
/// <param name="Unit">The unit of activity the values are per.</param>
/// <param name="Gases">Per-gas values.</param>
/// <param name="IsCo2e">True when the value is already CO₂e.</param>
/// <param name="Origin">Shipped, supplier or self-measured.</param>
/// <param name="Source">Where the number comes from, in words a verifier can follow.</param>
/// <param name="Year">The activity year it applies to (grid factors, dated user factors), else null.</param>
public sealed record EmissionFactor(
    string Id,
    string SetId,
    string SetVersion,
    string MaterialKey,
    SourceType SourceType,
    string Variant,
    Unit Unit,
    IReadOnlyList<GasFactor> Gases,
    bool IsCo2e,
    FactorOrigin Origin,
    string Source,
    int? Year = null)
{
    /// <summary>Heat value used to derive a per-unit value from kg/TJ, in kcal per <see cref="Unit"/>.</summary>
    public decimal? HeatValueKcal { get; init; }

    /// <summary>Per-gas values per TJ when the factor is defined on an energy basis (MOENV 2024).</summary>
    public IReadOnlyList<GasFactor>? PerTerajoule { get; init; }

    /// <summary>The source table's row and the kg/TJ × heat-value arithmetic behind the per-unit values (MOENV 6.0.4), or null.</summary>
    public FactorDerivation? Derivation { get; init; }

    /// <summary>Confidence mark of the transcription (H, M, L), as in data/factors/README.md.</summary>
    public string Confidence { get; init; } = "";
}
