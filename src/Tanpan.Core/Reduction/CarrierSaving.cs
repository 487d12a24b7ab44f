namespace Tanpan.Core.Reduction;

/// <summary>
/// One carrier's yearly saving: <see cref="Quantity"/> in the carrier's unit (negative = more use),
/// tonnes CO₂e avoided, the factor used (id and kg CO₂e per unit after GWP), and NT$ at the given price.
/// </summary>
public sealed record CarrierSaving(Carrier Carrier, decimal Quantity, decimal Co2eT, string FactorId, decimal KgCo2ePerUnit, decimal? PriceNtdPerUnit)
{
    public decimal? CostNtd => PriceNtdPerUnit * Quantity;
}
