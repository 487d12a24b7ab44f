using Tanpan.Core.Text;

namespace Tanpan.Core.Tariffs.Billing;

/// <summary>
/// The bill's multipliers and discounts as the tariff table states them, from <c>data/tariffs/taipower_bill_rules_20251001.csv</c>:
/// the own-substation basic-fee discounts (電價表 第五章 五、(六)) and the 4.8× / 1.6× charges for use outside the contracted
/// periods of a customer with only a Saturday semi-peak or off-peak contract (八、(六)).
/// </summary>
public static class BillRules
{
    private static readonly Lazy<IReadOnlyDictionary<string, decimal>> Values = new(() =>
    {
        var t = ReferenceCsv.Load("tariffs/taipower_bill_rules_20251001.csv");
        return t.Rows.ToDictionary(r => t.Text(r, "rule"), r => t.Number(r, "value"), StringComparer.Ordinal);
    });

    /// <summary>Basic-fee discount for a customer's own 161 kV substation (0.02).</summary>
    public static decimal Substation161Discount => Values.Value["own_substation_161kv_basic_fee_discount"];

    /// <summary>Basic-fee discount for a customer's own 345 kV substation (0.042).</summary>
    public static decimal Substation345Discount => Values.Value["own_substation_345kv_basic_fee_discount"];

    /// <summary>The period's contract rate × this for the maximum demand outside the contracted periods (4.8).</summary>
    public static decimal OutsideContractBasicFeeMultiplier => Values.Value["outside_contract_basic_fee_multiplier"];

    /// <summary>The period's energy rate × this for the kWh outside the contracted periods (1.6).</summary>
    public static decimal OutsideContractEnergyMultiplier => Values.Value["outside_contract_energy_multiplier"];

    /// <summary>The discount for a substation voltage, or <see langword="null"/> for a voltage the table does not name.</summary>
    public static decimal? SubstationDiscount(int kv) => kv switch
    {
        161 => Substation161Discount,
        345 => Substation345Discount,
        _ => null,
    };
}
