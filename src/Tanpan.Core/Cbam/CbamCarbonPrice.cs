namespace Tanpan.Core.Cbam;

/// <summary>The carbon price paid in Taiwan, brought to EUR with the exchange rate the user sets (no rate is shipped or fetched).</summary>
public static class CbamCarbonPrice
{
    /// <summary>NT$ ÷ (NT$ per EUR), exact; both must be ≥ 0 and the rate &gt; 0.</summary>
    public static decimal FromNtd(decimal ntd, decimal ntdPerEur)
    {
        if (ntd < 0m)
        {
            throw new CbamException(CbamIssues.NegativeValue("carbon_price_paid_ntd", "已付碳價（新臺幣）", "carbon price paid (NT$)", ntd));
        }

        return ntdPerEur > 0m
            ? ntd / ntdPerEur
            : throw new CbamException(new CbamIssue("cbam.exchange_rate", "ntd_per_eur",
                $"匯率（新臺幣／歐元）須大於 0（收到 {ntdPerEur.ToString(System.Globalization.CultureInfo.InvariantCulture)}）",
                $"the exchange rate (NT$ per EUR) must be above 0 (got {ntdPerEur.ToString(System.Globalization.CultureInfo.InvariantCulture)})"));
    }
}
