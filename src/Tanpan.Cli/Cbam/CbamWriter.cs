using System.Globalization;
using Tanpan.Core.Cbam;
using Tanpan.Core.Units;

namespace Tanpan.Cli.Cbam;

/// <summary>The text form of the <c>cbam</c> commands: t/t as the table prints them, tonnes to 3 decimals, EUR to cents (half away from zero); the JSON keeps every figure exact.</summary>
internal static class CbamWriter
{
    public static void Write(TextWriter o, CbamDefaultForYear d)
    {
        var v = d.Value;
        o.WriteLine($"CBAM 預設值 default value  CN {v.Requested} ({CbamGoods.NameZh(v.Category)} {CbamGoods.NameEn(v.Category)}), origin 原產國 {v.Origin}, {d.Year}");
        o.WriteLine($"line 項目      {v.Line} {v.Description}{(v.Route is null ? "" : $" (route {v.Route})")}");
        o.WriteLine($"direct 直接    {N(v.Direct)} t/t");
        o.WriteLine($"indirect 間接  {(v.Indirect is { } i ? N(i) + " t/t" : "—")}{(v.IndirectCounts ? "" : " (not counted: Annex II good 僅計直接排放)")}");
        o.WriteLine($"mark-up 加成   {N(d.MarkupPercent)} %");
        o.WriteLine($"default SEE    {N(d.MarkedUp)} t CO2e/t");
        if (v.IsFallback)
        {
            o.WriteLine("fallback 替代值：臺灣無數值，採「其他國家與地區」列 / no Taiwan value, the 'Other countries and territories' row applies");
        }

        o.WriteLine($"source 來源    {v.SourceEn}");
    }

    public static void Write(TextWriter o, CbamCostOutput c)
    {
        o.WriteLine($"CBAM 成本試算 cost  CN {c.CnCode}, {N(c.Tonnes)} t, {c.Year}, origin 原產國 {c.Origin}");
        o.WriteLine($"default SEE 預設值   {N(c.DefaultSeeTPerT)} t/t (mark-up 加成 {N(c.MarkupPct)} %){(c.DefaultIsFallback ? " — fallback 替代值" : "")}");
        o.WriteLine($"SEE used 採用        {N(c.SeeTPerT)} t/t ({(c.SeeBasis == "actual" ? "actual 實際值" : "default 預設值")})");
        o.WriteLine($"embedded 隱含排放    {T(c.EmbeddedTCo2e)} t CO2e");
        o.WriteLine($"CBAM factor 係數     {N(c.CbamFactor * 100m)} % (payable 應付 {N(c.PayableSharePct)} %)");
        o.WriteLine($"free allocation 調整 {T(c.FreeAllocationAdjustmentTCo2e)} t CO2e");
        o.WriteLine($"certificates 憑證    {T(c.Certificates)}");
        if (c.Approximation)
        {
            o.WriteLine($"approximation {CbamCostOutlook.ApproximationNoteZh} / {c.ApproximationNote}");
        }

        if (c.CostEur is { } cost)
        {
            o.WriteLine($"gross 應付           EUR {Eur(c.GrossCostEur!.Value)} at 價格 EUR {N(c.CertificatePriceEur!.Value)}");
            o.WriteLine($"carbon price paid 已付碳價 EUR {Eur(c.CarbonPricePaidEur)} (Art. 9)");
            o.WriteLine($"cost 成本            EUR {Eur(cost)}");
        }
        else
        {
            o.WriteLine("cost 成本            — (give --certificate-price / 請給憑證價格)");
        }

        if (c.Default is { } d)
        {
            o.WriteLine($"default case 預設值情境  {T(d.EmbeddedTCo2e)} t CO2e, {T(d.Certificates)} certificates{(d.CostEur is { } dc ? $", EUR {Eur(dc)}" : "")}");
            if (c.SavingEur is { } saving)
            {
                o.WriteLine($"saving 實際數據節省  EUR {Eur(saving)}");
            }
        }
    }

    private static string N(decimal value) => Exact.Of(value).ToString(CultureInfo.InvariantCulture);

    private static string T(decimal value) => Rounding.Tonnes(value).ToString("#,##0.000", CultureInfo.InvariantCulture);

    private static string Eur(decimal value) => Rounding.Round(value, 2).ToString("#,##0.00", CultureInfo.InvariantCulture);
}
