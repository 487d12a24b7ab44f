namespace Tanpan.Core.Factors;

/// <summary>
/// Where a per-unit factor of a published table comes from and how it was derived: the table's row and
/// the IPCC 2006 default it restates, kg of gas per TJ × the table's heat value × 4.1868e-9 TJ/kcal.
/// </summary>
/// <param name="TableItem">The row of the source table, e.g. <c>固定 10</c> (stationary, 10th fuel row of MOENV 6.0.4).</param>
/// <param name="IpccSource">The IPCC 2006 Vol. 2 table and row of the kg/TJ values.</param>
/// <param name="PerTerajoule">kg of each gas per TJ (CO2, CH4, N2O).</param>
/// <param name="HeatValueKcal">kcal per unit of activity the table used for CO₂.</param>
/// <param name="NonCo2HeatValueKcal">kcal per unit the table used for CH₄ and N₂O when it differs from <paramref name="HeatValueKcal"/> (6.0.4 頁岩油), else null.</param>
public sealed record FactorDerivation(string TableItem, string IpccSource, IReadOnlyList<GasFactor> PerTerajoule, decimal HeatValueKcal, decimal? NonCo2HeatValueKcal)
{
    /// <summary>The heat value (kcal per unit) the table used for <paramref name="species"/>.</summary>
    public decimal HeatValueFor(string species) =>
        species == Gases.GasSpecies.CO2 ? HeatValueKcal : NonCo2HeatValueKcal ?? HeatValueKcal;
}
