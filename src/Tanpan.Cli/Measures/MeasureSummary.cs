using System.Globalization;
using Tanpan.Core.Reduction;
using Tanpan.Core.Units;

namespace Tanpan.Cli.Measures;

/// <summary>The text answer of <c>measure evaluate</c>: one line per figure, rounded for display only.</summary>
internal static class MeasureSummary
{
    public static void Write(TextWriter o, MeasureResult r)
    {
        var m = MeasureCatalog.Find(r.Kind)!;
        o.WriteLine($"措施試算 Measure evaluation: {m.Kind} — {m.NameZh} / {m.NameEn}");
        o.WriteLine($"factors      {r.Options.FactorSetId} ({r.Options.GwpId}); grid {r.GridYear}");
        foreach (var s in r.Savings)
        {
            var cost = s.CostNtd is { } c ? $"; NT${N(c, 0)}" : "";
            o.WriteLine($"saved        {Carriers.Key(s.Carrier)} {N(s.Quantity, 2)} {Carriers.Unit(s.Carrier)}/yr; {T(s.Co2e.Tonnes)} t CO2e ({s.FactorId}, {N(s.KgCo2ePerUnit, 6)} kg/{Carriers.Unit(s.Carrier)}){cost}");
        }

        if (r.OtherCostSavingsNtd != 0m)
        {
            o.WriteLine($"other        NT${N(r.OtherCostSavingsNtd, 0)}/yr{(r.Note.Length > 0 ? $" ({r.Note})" : "")}");
        }

        o.WriteLine($"CO2e avoided {T(r.Co2e.Tonnes)} t/yr 年減碳");
        o.WriteLine(r.CostSavedNtd is { } saved
            ? $"cost saved   NT${N(saved, 0)}/yr 年節省"
            : $"cost saved   — (give --price-{string.Join(", --price-", r.MissingPrices.Select(Carriers.Key))} 請提供單價)");
        o.WriteLine($"investment   NT${N(r.InvestmentNtd, 0)}; subsidy 補助 NT${N(r.SubsidyNtd, 0)}; net NT${N(r.NetInvestmentNtd, 0)}");
        o.WriteLine($"payback      {(r.PaybackYears is { } p ? $"{N(p, 2)} years 年" : "— (no yearly savings 無節省)")}");
        var rate = N(r.Options.DiscountRate * 100m, 2);
        o.WriteLine($"NPV          {(r.NpvNtd is { } npv ? $"NT${N(npv, 0)}" : "—")} at {rate}% over {r.Options.LifetimeYears} years");
        if (r.IrrAnalysis is { } a)
        {
            CashFlowLines(o, r, a);
            return;
        }

        o.WriteLine($"IRR          {(r.Irr is { } irr ? $"{N(irr * 100m, 2)}%" : r.CostSavedNtd is null ? "—" : "none 無 (cash flows never pay back the investment)")}");
    }

    /// <summary>With uneven flows: the flows, IRR with its count, discounted payback and MIRR.</summary>
    private static void CashFlowLines(TextWriter o, MeasureResult r, IrrAnalysis a)
    {
        o.WriteLine($"IRR          {a.Status switch
        {
            IrrStatus.One => $"{N(a.Rates[0] * 100m, 2)}%",
            IrrStatus.Several => $"several 多個 ({string.Join(", ", a.Rates.Select(x => N(x * 100m, 2) + "%"))}): the flows change sign {a.SignChanges} times 現金流量正負變號 {a.SignChanges} 次 — use NPV or MIRR 請以 NPV 或 MIRR 判斷",
            _ => $"none 無 (NPV is not zero at any rate from -99% to 1,000%; the flows change sign {a.SignChanges} times 正負變號 {a.SignChanges} 次)",
        }}");
        o.WriteLine($"disc. payback {(r.DiscountedPaybackYears is { } d ? $"{N(d, 2)} years 年 折現回收" : "— (not within the lifetime 年限內未回收)")}");
        var reinvest = N((r.CashFlows!.ReinvestRate ?? r.Options.DiscountRate) * 100m, 2);
        o.WriteLine($"MIRR         {(r.Mirr is { } m ? $"{N(m * 100m, 2)}%" : "—")} (finance {N(r.Options.DiscountRate * 100m, 2)}%, reinvest {reinvest}%)");
        o.WriteLine($"flows        {string.Join(" | ", r.Flows!.Select((f, t) => $"{t}: {N(f, 0)}"))} NT$/yr 各年現金流量");
    }

    internal static string N(decimal value, int decimals) =>
        Rounding.Round(value, decimals).ToString("#,##0." + new string('#', decimals), CultureInfo.InvariantCulture).TrimEnd('.');

    private static string T(decimal tonnes) => Rounding.Tonnes(tonnes).ToString("#,##0.000", CultureInfo.InvariantCulture);
}
