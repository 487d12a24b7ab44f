using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs.Billing;

/// <summary>The month's figures a bill is computed from: kWh and maximum demand by period, contract capacities, power factor.</summary>
/// <param name="Energy">Energy by period; a key with a season (<see cref="SeasonEnergy"/>) wins over the split by days.</param>
/// <param name="SeasonEnergy">Energy by season and period, for a month that straddles the season change.</param>
/// <param name="ContractKw">Contract capacity by kind, kW.</param>
/// <param name="MaxDemandKw">The month's maximum 15-minute demand by period, kW.</param>
/// <param name="PowerFactorPercent">The month's average power factor, %; <see langword="null"/> = no adjustment.</param>
/// <param name="OwnSubstationKv">161 or 345 when the customer receives through its own substation of that voltage (電價表 第五章
/// 五、(六), extra-high voltage plans only); <see langword="null"/> = no discount.</param>
/// <param name="AdjustmentFactor">The customer's 電價調整係數 (電價表 附錄一 二: the row of its industry, or of its yearly use);
/// <see langword="null"/> = none (factor 1).</param>
public sealed record BillInput(
    IReadOnlyDictionary<BillPeriod, Quantity<Energy>> Energy,
    IReadOnlyDictionary<(Season Season, BillPeriod Period), Quantity<Energy>> SeasonEnergy,
    IReadOnlyDictionary<ContractKind, decimal> ContractKw,
    IReadOnlyDictionary<BillPeriod, decimal> MaxDemandKw,
    decimal? PowerFactorPercent,
    int? OwnSubstationKv = null,
    decimal? AdjustmentFactor = null);
