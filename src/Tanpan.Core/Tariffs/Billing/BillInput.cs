namespace Tanpan.Core.Tariffs.Billing;

/// <summary>The month's figures a bill is computed from: kWh and maximum demand by period, contract capacities, power factor.</summary>
/// <param name="Kwh">kWh by period; a key with a season (<see cref="SeasonKwh"/>) wins over the split by days.</param>
/// <param name="SeasonKwh">kWh by season and period, for a month that straddles the season change.</param>
/// <param name="ContractKw">Contract capacity by kind, kW.</param>
/// <param name="MaxDemandKw">The month's maximum 15-minute demand by period, kW.</param>
/// <param name="PowerFactorPercent">The month's average power factor, %; <see langword="null"/> = no adjustment.</param>
public sealed record BillInput(
    IReadOnlyDictionary<BillPeriod, decimal> Kwh,
    IReadOnlyDictionary<(Season Season, BillPeriod Period), decimal> SeasonKwh,
    IReadOnlyDictionary<ContractKind, decimal> ContractKw,
    IReadOnlyDictionary<BillPeriod, decimal> MaxDemandKw,
    decimal? PowerFactorPercent);
