namespace Tanpan.Core.Cbam;

/// <summary>
/// Computes the <see cref="CbamCostOutlook"/>: for each year, the default case (default value × (1 + mark-up of the
/// year)) and, when given, the actual case; free-allocation adjustment with the year's CBAM factor; certificates; EUR per
/// scenario less the carbon price paid, never below zero. Exact decimal arithmetic; nothing is rounded here.
/// </summary>
public static class CbamCostCalculator
{
    /// <exception cref="CbamException">Unknown/ambiguous CN code, origin not shipped, negative input, or a year outside 2026–2034.</exception>
    public static CbamCostOutlook Calculate(CbamCostInput input, CbamDefaultValues? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        Check(input);
        var table = defaults ?? CbamDefaultValues.Shipped;
        var value = table.Lookup(input.CnCode, input.Origin);
        var approximation = input.BenchmarkTPerT is null;
        var years = new List<CbamCostYear>();
        for (var year = input.FirstYear; year <= input.LastYear; year++)
        {
            var markup = CbamSchedules.MarkupPercent(value.Category, year);
            var factor = CbamSchedules.CbamFactorPercent(year);
            var trace = new List<CbamTraceLine>
            {
                Line("tonnes", "出口量", "tonnes imported", input.Tonnes, "t", ("user entry", "使用者輸入")),
                Line("default_see", "預設值（未加成）", "default value (before mark-up)", value.Applicable, "tCO2e/t", (value.SourceEn, value.SourceZh)),
                Line("markup_pct", "預設值加成", "default-value mark-up", markup, "%", ("IR (EU) 2025/2621 (10 % 2026, 20 % 2027, 30 % from 2028; fertilisers 1 %)",
                    "執行規則 (EU) 2025/2621（2026 年 10 %、2027 年 20 %、2028 年起 30 %；肥料 1 %）")),
                Line("cbam_factor_pct", "CBAM 係數", "CBAM factor", factor, "%", ("Reg. (EU) 2023/956 Art. 31; Dir. 2003/87/EC Art. 10a(1a)", "規則 (EU) 2023/956 第 31 條；指令 2003/87/EC 第 10a(1a) 條")),
            };
            var defaultSee = value.Applicable * (1m + markup / 100m);
            var defaultCase = Case(input, year, defaultSee, factor, trace, "default");
            var actualCase = input.ActualSee is { } see ? Case(input, year, see, factor, trace, "actual") : null;
            years.Add(new CbamCostYear(year, markup, factor, defaultCase, actualCase, trace));
        }

        return new CbamCostOutlook(input, value, approximation, years);
    }

    private static CbamCostCase Case(CbamCostInput input, int year, decimal see, decimal factorPct, List<CbamTraceLine> trace, string which)
    {
        var embedded = input.Tonnes * see;
        var adjustment = input.BenchmarkTPerT is { } bm ? bm * factorPct / 100m * input.Tonnes : embedded * factorPct / 100m;
        var certificates = Math.Max(0m, embedded - adjustment);
        var (zh, en) = which == "default" ? ("預設值", "default") : ("實際值", "actual");
        trace.Add(Line($"{which}.see", $"{zh} SEE", $"{en} SEE", see, "tCO2e/t", which == "default" ? ("default × (1 + mark-up)", "預設值 ×（1 + 加成）") : ("installation's actual SEE", "設施實際特定隱含排放")));
        trace.Add(Line($"{which}.embedded", $"{zh}隱含排放", $"{en} embedded emissions", embedded, "tCO2e", ("t × SEE", "公噸 × SEE")));
        trace.Add(Line($"{which}.free_allocation_adjustment", $"{zh}免費核配調整", $"{en} free-allocation adjustment", adjustment, "tCO2e",
            input.BenchmarkTPerT is null
                ? ("approximation: embedded × CBAM factor", "估算：隱含排放 × CBAM 係數")
                : ($"benchmark × CBAM factor × t ({input.BenchmarkSource ?? "user entry"})", $"基準值 × CBAM 係數 × 公噸（{input.BenchmarkSource ?? "使用者輸入"}）")));
        trace.Add(Line($"{which}.certificates", $"{zh}憑證數", $"{en} certificates", certificates, "certificates", ("max(0, embedded − adjustment); 1 certificate = 1 tCO2e", "max(0, 隱含排放 − 調整)；1 張憑證 = 1 tCO2e")));
        var costs = input.Scenarios.Select(s =>
        {
            var gross = certificates * s.EurPerCertificate;
            var paid = input.PaidEur(year);
            var deduction = Math.Min(paid, gross);
            trace.Add(Line($"{which}.cost.{s.Name}", $"{zh}成本（{s.Name}）", $"{en} cost ({s.Name})", gross - deduction, "EUR",
                ($"certificates × {s.EurPerCertificate} EUR − min(carbon price paid {paid} EUR, gross) (Art. 9)",
                 $"憑證數 × {s.EurPerCertificate} 歐元 − min(已付碳價 {paid} 歐元, 應付)（第 9 條）")));
            return new CbamScenarioCost(s.Name, s.EurPerCertificate, gross, deduction);
        }).ToList();
        return new CbamCostCase(see, embedded, adjustment, certificates, costs);
    }

    private static void Check(CbamCostInput input)
    {
        void NotNegative(decimal value, string subject, string zh, string en)
        {
            if (value < 0m)
            {
                throw new CbamException(CbamIssues.NegativeValue(subject, zh, en, value));
            }
        }

        NotNegative(input.Tonnes, "tonnes", "出口量（公噸）", "tonnes");
        NotNegative(input.ActualSee ?? 0m, "see", "實際特定隱含排放", "actual SEE");
        NotNegative(input.CarbonPricePaidEur, "carbon_price_paid_eur", "已付碳價（歐元）", "carbon price paid (EUR)");
        foreach (var paid in input.CarbonPricePaidEurByYear?.Values ?? [])
        {
            NotNegative(paid, "carbon_price_paid_eur", "已付碳價（歐元）", "carbon price paid (EUR)");
        }
        NotNegative(input.BenchmarkTPerT ?? 0m, "benchmark", "基準值", "benchmark");
        foreach (var s in input.Scenarios)
        {
            NotNegative(s.EurPerCertificate, s.Name, $"情境「{s.Name}」的憑證價格（歐元）", $"the certificate price (EUR) of scenario '{s.Name}'");
        }

        foreach (var year in new[] { input.FirstYear, input.LastYear })
        {
            if (year < CbamSchedules.FirstYear || year > CbamSchedules.LastYear || input.FirstYear > input.LastYear)
            {
                throw new CbamException(CbamIssues.YearOutOfRange(year, CbamSchedules.FirstYear, CbamSchedules.LastYear));
            }
        }
    }

    private static CbamTraceLine Line(string key, string zh, string en, decimal value, string unit, (string En, string Zh) source) =>
        new(key, zh, en, value, unit, source.En) { SourceZh = source.Zh };
}
