using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Reduction;
using Tanpan.Core.Sources;

namespace Tanpan.Web.Features.Planning;

/// <summary>
/// The case library for the API and pages: search with paging, and each case's figures recomputed from one another
/// (kWh × grid factor of its year; fuel oil × the MOENV 6.0.4 stationary factor; investment ÷ yearly savings; savings ÷
/// energy) with the disagreements flagged. See docs/planning.md.
/// </summary>
public sealed class CaseChecks(FactorLibrary library)
{
    /// <summary>A recomputed figure agrees with the printed one when it is within this many percent of it (printed figures are rounded).</summary>
    public const decimal TolerancePercent = 5m;

    public const int PageSize = 10;

    public static CaseLibrary Library => CaseLibrary.Shipped;

    /// <summary>The cases whose industry contains <paramref name="industry"/>, whose measure is <paramref name="measure"/> and whose text contains <paramref name="q"/>; page from 1 (clamped).</summary>
    public static CasePage Search(string? industry, string? measure, string? q, int? page)
    {
        var text = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var found = Library.Search(industry, measure).Where(c => text is null || new[]
            { c.Id, c.TitleZh, c.TitleEn, c.IndustryZh, c.IndustryEn, c.Note, c.Measure }.Any(s => s.Contains(text, StringComparison.OrdinalIgnoreCase))).ToList();
        var pages = Math.Max(1, (found.Count + PageSize - 1) / PageSize);
        var current = Math.Clamp(page ?? 1, 1, pages);
        return new CasePage(current, PageSize, found.Count, pages, [.. found.Skip((current - 1) * PageSize).Take(PageSize).Select(Summary)]);
    }

    public static IReadOnlyList<string> Measures => [.. Library.Cases.Select(c => c.Measure).Distinct().Order(StringComparer.Ordinal)];

    public static CaseSummary Summary(ReductionCase c) => new(
        c.Id, c.IndustryZh, c.IndustryEn, c.Measure, c.TitleZh, c.TitleEn, c.EnergySaved, c.EnergyUnit, c.Co2e?.Tonnes, c.InvestmentNtd,
        c.AnnualSavingsNtd, c.PaybackYears, c.Year);

    public CaseDetail? Find(string? id) =>
        Library.Cases.FirstOrDefault(c => string.Equals(c.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } c
            ? new CaseDetail(Summary(c), c.GridYear, c.SourceFile, c.Locator, c.Note, Checks(c))
            : null;

    /// <summary>The relations that the case's printed figures allow (load-shift cases: energy is kWh moved, so no tCO₂e).</summary>
    public IReadOnlyList<CaseCheck> Checks(ReductionCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var checks = new List<CaseCheck>();
        if (c.EnergySaved is { } energy && c.Measure != "load-shift")
        {
            if (c.EnergyUnit == "kWh" && GridYear(c) is { } year)
            {
                var factor = library.GridFactors[year].Gases.Sum(g => g.KgPerUnit);
                checks.Add(Check("co2e-from-electricity", $"{N(energy)} kWh × {N(factor)} kgCO₂e/kWh（{year} 年電力係數）÷ 1,000",
                    $"{N(energy)} kWh × {N(factor)} kgCO₂e/kWh (grid factor {year}) ÷ 1,000", "tCO2e", energy * factor / 1000m, c.Co2e?.Tonnes));
            }
            else if (c.EnergyUnit == "L fuel oil" && FuelOilKgPerLitre() is { } perLitre)
            {
                checks.Add(Check("co2e-from-fuel-oil", $"{N(energy)} L 燃料油 × {N(perLitre)} kgCO₂e/L（{FactorLibrary.DefaultSetId}、{FactorLibrary.DefaultGwpId}）÷ 1,000",
                    $"{N(energy)} L fuel oil × {N(perLitre)} kgCO₂e/L ({FactorLibrary.DefaultSetId}, {FactorLibrary.DefaultGwpId}) ÷ 1,000", "tCO2e",
                    energy * perLitre / 1000m, c.Co2e?.Tonnes));
            }
        }

        if (c.InvestmentNtd is { } investment && c.AnnualSavingsNtd is { } savings && savings > 0m)
        {
            checks.Add(Check("payback", $"投資 NT${N(investment)} ÷ 年節省 NT${N(savings)}", $"investment NT${N(investment)} ÷ yearly savings NT${N(savings)}",
                "years", investment / savings, c.PaybackYears));
        }

        if (c.AnnualSavingsNtd is { } saved && c.EnergySaved is { } kwh && kwh > 0m && c.EnergyUnit == "kWh")
        {
            checks.Add(Check("ntd-per-kwh", $"年節省 NT${N(saved)} ÷ {N(kwh)} kWh", $"yearly savings NT${N(saved)} ÷ {N(kwh)} kWh", "NT$/kWh", saved / kwh, null));
        }

        return checks;
    }

    /// <summary>The grid-factor year that reproduces the case (inferred in the data), else the case's year, else the latest shipped.</summary>
    private int? GridYear(ReductionCase c) =>
        c.GridYear is { } y && library.GridFactors.ContainsKey(y) ? y
        : library.GridFactors.ContainsKey(c.Year) ? c.Year
        : library.GridFactors.Count > 0 ? library.GridFactors.Keys.Max() : null;

    private decimal? FuelOilKgPerLitre()
    {
        var factor = library.FindSet(FactorLibrary.DefaultSetId)?.Find("fuel_oil", SourceType.Stationary);
        var gwp = library.FindGwpSet(FactorLibrary.DefaultGwpId);
        return factor is null || gwp is null ? null
            : factor.IsCo2e ? factor.Gases.Sum(g => g.KgPerUnit) : factor.Gases.Sum(g => g.KgPerUnit * (gwp.Find(g.Species) ?? 0m));
    }

    private static CaseCheck Check(string kind, string zh, string en, string unit, decimal recomputed, decimal? stated)
    {
        decimal? difference = stated is { } s && s != 0m ? (recomputed - s) / s * 100m : null;
        return new CaseCheck(kind, zh, en, unit, recomputed, stated, difference,
            difference is { } d ? Math.Abs(d) <= TolerancePercent : null);
    }

    private static string N(decimal value) => value.ToString("#,0.######", CultureInfo.InvariantCulture);
}
