using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction;

/// <summary>
/// One carrier's yearly saving: <see cref="Quantity"/> in the carrier's unit (negative = more use),
/// the CO₂e avoided (<see cref="Co2e"/>: quantity × kg CO₂e per unit), the factor used (id and kg CO₂e per unit after GWP), and NT$ at the given price.
/// </summary>
public sealed record CarrierSaving(Carrier Carrier, decimal Quantity, Co2e Co2e, string FactorId, decimal KgCo2ePerUnit, decimal? PriceNtdPerUnit)
{
    public decimal? CostNtd => PriceNtdPerUnit * Quantity;
}
