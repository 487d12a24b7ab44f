using System.Globalization;
using Tanpan.Core.Factors;

namespace Tanpan.Core.CarbonFee;

/// <summary>Every reason an estimate's input is refused, in Chinese and English, with the article that refuses it.</summary>
internal static class CarbonFeeInputCheck
{
    public static List<Problem> Problems(decimal emissionsT, CarbonFeeRate rate, bool highLeakage, int year, decimal offsetsT, CarbonFeeParameters p,
        IReadOnlyList<CarbonCredit> credits, IReadOnlyList<CarbonCredit> increaseOffsets, SuppliedElectricity? supplied)
    {
        var problems = new List<Problem>();
        if (emissionsT < 0)
        {
            problems.Add(new Problem("emissions-t", $"排放量不可為負數（{Text(emissionsT)}）", $"emissions must not be negative ({Text(emissionsT)})"));
        }

        if (offsetsT < 0)
        {
            problems.Add(new Problem("offsets-t", $"減量額度不可為負數（{Text(offsetsT)}）", $"offsets must not be negative ({Text(offsetsT)})"));
        }

        if (!Enum.IsDefined(rate))
        {
            problems.Add(new Problem("rate", "不明的費率（請用 general、A 或 B）", "unknown rate (use general, A or B)"));
        }

        var period = p.HighLeakagePeriods.FirstOrDefault(x => year >= x.FromYear && year <= x.ToYear);
        if (year < p.FirstYear)
        {
            problems.Add(new Problem("year", $"碳費自 {p.FirstYear} 年排放量起徵收（{year}）", $"the carbon fee applies to emissions from {p.FirstYear} on ({year})"));
        }
        else if (highLeakage && period is null)
        {
            var known = string.Join(", ", p.HighLeakagePeriods.Select(x => $"{x.FromYear}–{x.ToYear}"));
            problems.Add(new Problem("year", $"{year} 年沒有高碳洩漏排放量調整係數（已知期間：{known}）",
                $"no high-leakage adjustment factor is known for {year} (known periods: {known})"));
        }

        problems.AddRange(CreditProblems(highLeakage, year, p, credits));
        var before = problems.Count;
        problems.AddRange(AnnualDeductionProblems(p, increaseOffsets, supplied));
        if (problems.Count == before && emissionsT >= 0)
        {
            var deducted = increaseOffsets.Sum(c => c.Tonnes * p.RuleFor(c.Kind).Multiplier) + (supplied?.EmissionsT ?? 0m);
            if (deducted > emissionsT)
            {
                problems.Add(new Problem("deductions", $"增量抵換及供電排放量扣除合計 {Text(deducted)} 公噸，超過年排放量 {Text(emissionsT)} 公噸（碳費收費辦法 §7、§8 係自年排放量扣除）",
                    $"the §7 and §8 deductions ({Text(deducted)} t) exceed the annual emissions ({Text(emissionsT)} t) they are deducted from (碳費收費辦法 Art. 7, 8)"));
            }
        }

        return problems;
    }

    private static IEnumerable<Problem> CreditProblems(bool highLeakage, int year, CarbonFeeParameters p, IReadOnlyList<CarbonCredit> credits)
    {
        foreach (var credit in credits)
        {
            if (!Enum.IsDefined(credit.Kind))
            {
                yield return new Problem("credits", "不明的減量額度種類", "unknown credit kind");
                continue;
            }

            var rule = p.RuleFor(credit.Kind);
            var key = CarbonCreditKinds.Key(credit.Kind);
            if (credit.Tonnes < 0)
            {
                yield return new Problem("credits", $"{rule.NameZh}不可為負數（{Text(credit.Tonnes)}）", $"{key} credits must not be negative ({Text(credit.Tonnes)})");
            }

            if (highLeakage && !rule.HighLeakageAllowed)
            {
                yield return new Problem("credits", $"經審查認定屬高碳洩漏風險之事業不得以{rule.NameZh}扣除收費排放量（{rule.Article}：僅供非屬高碳洩漏風險之事業使用）",
                    $"a high-leakage plant may not deduct {key} credits ({rule.ArticleEn}: only for enterprises not recognised as high carbon-leakage)");
            }

            if (rule.LastYear is { } last && year > last)
            {
                yield return new Problem("credits", $"{rule.NameZh}僅得於碳費開徵後之前三年扣除收費排放量，即 {p.FirstYear}–{last} 年排放量（{rule.Article}；收到 {year} 年）",
                    $"{key} credits may be deducted only for emission years up to {last} ({year}) — {rule.ArticleEn}: only in the first three years of the fee, {p.FirstYear}–{last}");
            }
        }
    }

    private static IEnumerable<Problem> AnnualDeductionProblems(CarbonFeeParameters p, IReadOnlyList<CarbonCredit> increaseOffsets, SuppliedElectricity? supplied)
    {
        foreach (var credit in increaseOffsets)
        {
            if (!Enum.IsDefined(credit.Kind))
            {
                yield return new Problem("increase-offsets", "不明的減量額度種類", "unknown credit kind");
                continue;
            }

            var rule = p.RuleFor(credit.Kind);
            var key = CarbonCreditKinds.Key(credit.Kind);
            if (credit.Tonnes < 0)
            {
                yield return new Problem("increase-offsets", $"增量抵換之{rule.NameZh}不可為負數（{Text(credit.Tonnes)}）",
                    $"{key} credits used for an emissions-increase offset must not be negative ({Text(credit.Tonnes)})");
            }

            if (!rule.IncreaseOffsetAllowed)
            {
                yield return new Problem("increase-offsets", $"{rule.NameZh}不得依碳費收費辦法 §7 扣除年排放量（§7 僅依 §9 第1項各款之國內減量額度比率扣除）",
                    $"{key} credits cannot be deducted from the annual emissions as an emissions-increase offset (碳費收費辦法 Art. 7 gives only the ratios of the domestic kinds in Art. 9 para. 1)");
            }
        }

        if (supplied is not null && supplied.Kwh < 0)
        {
            yield return new Problem("supplied-kwh", $"供電量不可為負數（{Text(supplied.Kwh)}）", $"electricity supplied must not be negative ({Text(supplied.Kwh)})");
        }

        if (supplied is not null && supplied.KgCo2ePerKwh < 0)
        {
            yield return new Problem("supplied-kg-per-kwh", $"排碳強度不可為負數（{Text(supplied.KgCo2ePerKwh)}）",
                $"carbon intensity must not be negative ({Text(supplied.KgCo2ePerKwh)})");
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
