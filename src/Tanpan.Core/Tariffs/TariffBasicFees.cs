using Tanpan.Core.Text;

namespace Tanpan.Core.Tariffs;

/// <summary>
/// The regular-contract demand charge (經常契約, NT$ per kW of contract capacity per month) of the shipped
/// plans, from <c>data/tariffs/taipower_tou_basic_fees_20251001.csv</c>. Only the 經常契約 row is used:
/// semi-peak, Saturday and off-peak contract charges, per-household charges and penalties for exceeding
/// the contract are not (see docs/monitoring.md).
/// </summary>
public static class TariffBasicFees
{
    private const string File = "tariffs/taipower_tou_basic_fees_20251001.csv";
    private const string RegularContract = "經常契約";

    private static readonly Lazy<IReadOnlyDictionary<string, RegularContractFee>> Fees = new(Load);

    /// <summary>The plan's regular contract fee, or <see langword="null"/> when the data has none (e.g. the 2023 seed example, user plans).</summary>
    public static RegularContractFee? Find(string planId) => Fees.Value.GetValueOrDefault(planId);

    private static Dictionary<string, RegularContractFee> Load()
    {
        var t = ReferenceCsv.Load(File);
        return t.Rows.Where(r => t.Text(r, "fee_label_zh") == RegularContract && t.Text(r, "unit") == "per_kw_month")
            .ToDictionary(r => t.Text(r, "plan_id"),
                r => new RegularContractFee(t.OptionalNumber(r, "summer_ntd") ?? 0m, t.OptionalNumber(r, "non_summer_ntd") ?? 0m),
                StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>NT$ per kW of regular contract capacity per month, in summer and outside it.</summary>
public sealed record RegularContractFee(decimal SummerNtdPerKw, decimal NonSummerNtdPerKw);
