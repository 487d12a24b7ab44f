using Tanpan.Core.Text;

namespace Tanpan.Core.Tariffs.Billing;

/// <summary>One row of 電價表 附錄一 二、(一): an industry (or a named group without a code) and its 電價調整係數 per tariff column.</summary>
/// <param name="IndustryCode">The three-digit 行業代碼, or <see langword="null"/> for a group the table names without a code (攤販集中市場 …).</param>
/// <param name="IndustryZh">The industry or group as the table names it.</param>
/// <param name="LightingStandardTou">表燈標準型時間電價 column; <see langword="null"/> where the table prints "-".</param>
/// <param name="LowVoltagePower">低壓電力電價 column.</param>
/// <param name="HighAndExtraHighVoltagePower">高壓及特高壓電力電價 column — the one the high/extra-high voltage bill uses.</param>
public sealed record TariffAdjustmentFactor(string? IndustryCode, string IndustryZh, decimal? LightingStandardTou, decimal? LowVoltagePower,
    decimal HighAndExtraHighVoltagePower);

/// <summary>
/// 電價表 (114年10月1日) 附錄一 二、(一) 電價調整係數 by industry, from <c>data/tariffs/taipower_adjustment_factors_20251001.csv</c>.
/// An industry the table does not list has no adjustment (factor 1). The yearly-use factors of 二、(二) (5 億度 and more) are not
/// looked up: give them as a number.
/// </summary>
public static class TariffAdjustmentFactors
{
    private static readonly Lazy<IReadOnlyList<TariffAdjustmentFactor>> Rows = new(() =>
    {
        var t = ReferenceCsv.Load("tariffs/taipower_adjustment_factors_20251001.csv");
        return [.. t.Rows.Select(r => new TariffAdjustmentFactor(
            t.Text(r, "industry_code") is { Length: > 0 } code ? code : null, t.Text(r, "industry_zh"),
            Column(t.Text(r, "lighting_standard_tou")), Column(t.Text(r, "low_voltage_power")), t.Number(r, "high_and_extra_high_voltage_power")))];
    });

    public static IReadOnlyList<TariffAdjustmentFactor> All => Rows.Value;

    /// <summary>The row of a three-digit industry code or of a name as the table prints it; <see langword="null"/> when not listed.</summary>
    public static TariffAdjustmentFactor? Find(string codeOrName)
    {
        var key = codeOrName.Trim();
        return Rows.Value.FirstOrDefault(r => r.IndustryCode == key || r.IndustryZh == key);
    }

    /// <summary>True for a three-digit industry code (listed or not).</summary>
    public static bool IsIndustryCode(string text) => text.Trim() is { Length: 3 } t && t.All(char.IsAsciiDigit);

    private static decimal? Column(string text) =>
        text == "-" ? null : decimal.Parse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture);
}
