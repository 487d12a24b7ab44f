using Tanpan.Core.Text;

namespace Tanpan.Core.Tariffs.Billing;

/// <summary>
/// What the bill needs of a high or extra-high voltage time-of-use plan (電價表 114年10月1日 第五章): its energy rate per
/// season × period, its contract-capacity rates per season × kind, its summer, and which basic-fee rule it follows —
/// three-stage (五、(一)2) or two-stage (五、(一)1, which 批次生產 follows: 五、(一)3). Built from
/// <c>data/tariffs/taipower_tou_energy_rates_20251001.csv</c>, <c>taipower_tou_variable_peak_20251001.csv</c>
/// (尖峰時間可變動; its contract rates are the fixed three-stage plan's, 八、(七)) and
/// <c>taipower_tou_basic_fees_20251001.csv</c>.
/// </summary>
public sealed class BillPlan
{
    private static readonly Lazy<IReadOnlyDictionary<string, BillPlan>> Plans = new(Load);

    private BillPlan(string id, string nameZh, string version, bool threeStage, bool variablePeak, int summerStart, int summerEnd,
        Dictionary<(Season, BillPeriod), decimal> energy, Dictionary<(Season, ContractKind), decimal> contract)
    {
        Id = id;
        NameZh = nameZh;
        Version = version;
        ThreeStage = threeStage;
        VariablePeak = variablePeak;
        SummerStart = summerStart;
        SummerEnd = summerEnd;
        Energy = energy;
        Contract = contract;
    }

    public string Id { get; }

    public string NameZh { get; }

    public string Version { get; }

    /// <summary>Three-stage basic-fee and over-contract rules; otherwise two-stage (also batch and 高壓電力).</summary>
    public bool ThreeStage { get; }

    /// <summary>尖峰時間可變動: peak only on the designated summer days.</summary>
    public bool VariablePeak { get; }

    /// <summary>Summer start, month×100+day.</summary>
    public int SummerStart { get; }

    /// <summary>Summer end (inclusive), month×100+day.</summary>
    public int SummerEnd { get; }

    /// <summary>NT$/kWh by season and period; a missing key means the plan has no such period that season.</summary>
    public IReadOnlyDictionary<(Season, BillPeriod), decimal> Energy { get; }

    /// <summary>NT$/kW·month by season and contract kind; a missing key means the kind is not charged that season.</summary>
    public IReadOnlyDictionary<(Season, ContractKind), decimal> Contract { get; }

    /// <summary>The contract kinds the plan has.</summary>
    public IReadOnlyList<ContractKind> ContractKinds => [.. Contract.Keys.Select(k => k.Item2).Distinct().Order()];

    /// <summary>The bill periods the plan has in some season.</summary>
    public IReadOnlyList<BillPeriod> Periods => [.. Energy.Keys.Select(k => k.Item2).Distinct().Order()];

    /// <summary>Every plan the bill can price, by id.</summary>
    public static IReadOnlyCollection<BillPlan> All => [.. Plans.Value.Values];

    public static BillPlan? Find(string id) => Plans.Value.GetValueOrDefault(id.Trim());

    public Season SeasonOf(DateOnly date)
    {
        var md = (date.Month * 100) + date.Day;
        return md >= SummerStart && md <= SummerEnd ? Season.Summer : Season.NonSummer;
    }

    private static Dictionary<string, BillPlan> Load()
    {
        var fees = ReferenceCsv.Load("tariffs/taipower_tou_basic_fees_20251001.csv");
        var feeRows = fees.Rows.Where(r => fees.Text(r, "unit") == "per_kw_month").ToList();
        var result = new Dictionary<string, BillPlan>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, variable) in new[] { ("tariffs/taipower_tou_energy_rates_20251001.csv", false), ("tariffs/taipower_tou_variable_peak_20251001.csv", true) })
        {
            var t = ReferenceCsv.Load(file);
            foreach (var plan in t.Rows.GroupBy(r => t.Text(r, "plan_id")).Where(p => !p.Key.StartsWith("low_voltage_", StringComparison.Ordinal)))
            {
                var energy = new Dictionary<(Season, BillPeriod), decimal>();
                foreach (var r in plan)
                {
                    var season = TariffKeys.ParseSeason(t.Text(r, "season"))!.Value;
                    BillPeriod? period = (t.Text(r, "day_type"), t.Text(r, "period")) switch
                    {
                        ("weekday" or "designated_weekday", "peak") => BillPeriod.Peak,
                        ("weekday", "semi_peak") => BillPeriod.SemiPeak,
                        ("saturday", "semi_peak") => BillPeriod.SaturdaySemiPeak,
                        ("weekday", "off_peak") => BillPeriod.OffPeak,
                        _ => null, // the same rate again (Saturday / Sunday off-peak, designated-day semi-peak)
                    };
                    if (period is { } p)
                    {
                        energy[(season, p)] = t.Number(r, "energy_rate_ntd_per_kwh");
                    }
                }

                var contractPlan = variable ? plan.Key.Replace("_variable", string.Empty, StringComparison.Ordinal) : plan.Key;
                var contract = new Dictionary<(Season, ContractKind), decimal>();
                foreach (var r in feeRows.Where(r => fees.Text(r, "plan_id") == contractPlan))
                {
                    ContractKind? kind = fees.Text(r, "fee_label_zh") switch
                    {
                        "經常契約" => ContractKind.Regular,
                        "半尖峰契約" => ContractKind.SemiPeak,
                        "非夏月契約" => ContractKind.NonSummer,
                        "週六半尖峰契約" => ContractKind.SaturdaySemiPeak,
                        "離峰契約" => ContractKind.OffPeak,
                        _ => null,
                    };
                    if (kind is not { } k)
                    {
                        continue;
                    }

                    if (fees.OptionalNumber(r, "summer_ntd") is { } s)
                    {
                        contract[(Season.Summer, k)] = s;
                    }

                    if (fees.OptionalNumber(r, "non_summer_ntd") is { } n)
                    {
                        contract[(Season.NonSummer, k)] = n;
                    }
                }

                var dates = t.Text(plan.First(r => t.Text(r, "season") == "summer"), "season_dates").Split('~');
                result[plan.Key] = new BillPlan(plan.Key, t.Text(plan.First(), "plan_name_zh"), "20251001",
                    plan.Key.Contains("three_stage", StringComparison.Ordinal), variable, MonthDay(dates[0]), MonthDay(dates[1]), energy, contract);
            }
        }

        return result;
    }

    private static int MonthDay(string mmdd) => (int.Parse(mmdd[..2], System.Globalization.CultureInfo.InvariantCulture) * 100)
        + int.Parse(mmdd[3..], System.Globalization.CultureInfo.InvariantCulture);
}
