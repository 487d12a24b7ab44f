using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs.Billing;

/// <summary>
/// The bill's inputs as text, shared by <c>tanpan tariff bill</c> and the web bill form: <c>--month YYYY-MM</c>,
/// <c>--kwh peak=N,semi_peak=N,…</c> (a period may carry a season, <c>summer:semi_peak=N</c>), <c>--contract-kw regular=N,…</c>,
/// <c>--max-demand-kw peak=N,…</c>, <c>--power-factor PCT</c>, <c>--own-substation 161|345</c> and <c>--adjustment-factor F</c> or
/// <c>--industry CODE|NAME</c> (the factor of 附錄一's row, high/extra-high voltage column; 1 for a code the table does not list).
/// Every problem is reported, in Chinese and English.
/// </summary>
public static class BillInputText
{
    public static (int Year, int Month, BillInput? Input, List<Problem> Problems) Parse(string? month, string? kwh, string? contractKw,
        string? maxDemandKw, string? powerFactor, string? ownSubstation = null, string? adjustmentFactor = null, string? industry = null)
    {
        var problems = new List<Problem>();
        var (year, mon) = ParseMonth(month, problems);
        var energy = new Dictionary<BillPeriod, Quantity<Energy>>();
        var seasonal = new Dictionary<(Season, BillPeriod), Quantity<Energy>>();
        foreach (var (key, value) in Pairs(kwh, "kwh", problems))
        {
            var parts = key.Split(':');
            var season = parts.Length == 2 ? TariffKeys.ParseSeason(parts[0]) : null;
            var period = BillKeys.ParsePeriod(parts[^1]);
            if (period is null || parts.Length > 2 || (parts.Length == 2 && season is null))
            {
                problems.Add(new Problem("kwh", $"--kwh 的時段「{key}」不明（peak、semi_peak、saturday_semi_peak、off_peak，可加 summer: 或 non-summer:）",
                    $"--kwh: unknown period '{key}' (peak, semi_peak, saturday_semi_peak, off_peak, optionally prefixed summer: or non-summer:)"));
            }
            else if (season is { } s ? !seasonal.TryAdd((s, period.Value), KilowattHours.Of(value)) : !energy.TryAdd(period.Value, KilowattHours.Of(value)))
            {
                problems.Add(new Problem("kwh", $"--kwh 的「{key}」重複", $"--kwh: '{key}' is given twice"));
            }
        }

        var contract = new Dictionary<ContractKind, decimal>();
        foreach (var (key, value) in Pairs(contractKw, "contract-kw", problems))
        {
            if (BillKeys.ParseContract(key) is not { } kind)
            {
                problems.Add(new Problem("contract-kw", $"--contract-kw 的契約別「{key}」不明（regular、semi_peak、non_summer、saturday_semi_peak、off_peak）",
                    $"--contract-kw: unknown contract kind '{key}' (regular, semi_peak, non_summer, saturday_semi_peak, off_peak)"));
            }
            else if (!contract.TryAdd(kind, value))
            {
                problems.Add(new Problem("contract-kw", $"--contract-kw 的「{key}」重複", $"--contract-kw: '{key}' is given twice"));
            }
        }

        var demand = new Dictionary<BillPeriod, decimal>();
        foreach (var (key, value) in Pairs(maxDemandKw, "max-demand-kw", problems))
        {
            if (BillKeys.ParsePeriod(key) is not { } period)
            {
                problems.Add(new Problem("max-demand-kw", $"--max-demand-kw 的時段「{key}」不明（peak、semi_peak、saturday_semi_peak、off_peak）",
                    $"--max-demand-kw: unknown period '{key}' (peak, semi_peak, saturday_semi_peak, off_peak)"));
            }
            else if (!demand.TryAdd(period, value))
            {
                problems.Add(new Problem("max-demand-kw", $"--max-demand-kw 的「{key}」重複", $"--max-demand-kw: '{key}' is given twice"));
            }
        }

        decimal? pf = null;
        if (!string.IsNullOrWhiteSpace(powerFactor))
        {
            pf = Number(powerFactor.Trim().TrimEnd('%'), "power-factor", problems);
        }

        int? kv = null;
        if (!string.IsNullOrWhiteSpace(ownSubstation))
        {
            var text = ownSubstation.Trim().ToLowerInvariant();
            text = text.EndsWith("kv", StringComparison.Ordinal) ? text[..^2] : text;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                kv = value;
            }
            else
            {
                problems.Add(new Problem("own-substation", $"--own-substation 須為 161 或 345（收到「{ownSubstation}」）",
                    $"--own-substation must be 161 or 345 (got '{ownSubstation}')"));
            }
        }

        decimal? factor = null;
        if (!string.IsNullOrWhiteSpace(adjustmentFactor))
        {
            factor = Number(adjustmentFactor, "adjustment-factor", problems);
        }

        if (!string.IsNullOrWhiteSpace(industry))
        {
            if (factor is not null)
            {
                problems.Add(new Problem("industry", "--industry 與 --adjustment-factor 請擇一", "give either --industry or --adjustment-factor, not both"));
            }
            else if (TariffAdjustmentFactors.Find(industry) is { } row)
            {
                factor = row.HighAndExtraHighVoltagePower;
            }
            else if (TariffAdjustmentFactors.IsIndustryCode(industry))
            {
                factor = 1m; // 附錄一 does not list the industry: no adjustment.
            }
            else
            {
                problems.Add(new Problem("industry", $"--industry 須為三位數行業代碼或附錄一所列名稱（收到「{industry}」）",
                    $"--industry must be a three-digit industry code or a name listed in appendix 1 (got '{industry}')"));
            }
        }

        return problems.Count > 0 ? (year, mon, null, problems) : (year, mon, new BillInput(energy, seasonal, contract, demand, pf, kv, factor), problems);
    }

    private static (int Year, int Month) ParseMonth(string? text, List<Problem> problems)
    {
        if (text is not null && DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return (d.Year, d.Month);
        }

        problems.Add(new Problem("month", $"--month 須為 YYYY-MM（收到「{text}」）", $"--month must be YYYY-MM (got '{text}')"));
        return (0, 0);
    }

    private static IEnumerable<(string Key, decimal Value)> Pairs(string? text, string option, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                problems.Add(new Problem(option, $"--{option} 的「{item}」應為 名稱=數值", $"--{option}: '{item}' must be NAME=NUMBER"));
                continue;
            }

            if (Number(item[(eq + 1)..], option, problems) is { } value)
            {
                yield return (item[..eq].Trim(), value);
            }
        }
    }

    private static decimal? Number(string text, string option, List<Problem> problems)
    {
        if (decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new Problem(option, $"--{option} 的「{text}」不是數字", $"--{option}: '{text}' is not a number"));
        return null;
    }
}
