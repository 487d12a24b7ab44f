using Tanpan.Core.Reduction;

namespace Tanpan.Cli.Measures;

/// <summary>The JSON form of a case search: the cases as shipped, blanks as null.</summary>
internal sealed record CaseSearchOutput(int Count, IReadOnlyList<CaseSearchOutput.Case> Cases)
{
    public static CaseSearchOutput From(IReadOnlyList<ReductionCase> cases) => new(cases.Count, [.. cases.Select(Case.From)]);

    internal sealed record Case(
        string Id,
        string IndustryZh,
        string IndustryEn,
        string Measure,
        string TitleZh,
        string TitleEn,
        decimal? EnergySaved,
        string EnergyUnit,
        decimal? Tco2e,
        decimal? InvestmentNtd,
        decimal? AnnualSavingsNtd,
        decimal? PaybackYears,
        int Year,
        int? GridYear,
        string SourceFile,
        string Locator,
        string Note)
    {
        public static Case From(ReductionCase c) => new(c.Id, c.IndustryZh, c.IndustryEn, c.Measure, c.TitleZh, c.TitleEn, c.EnergySaved, c.EnergyUnit,
            c.Co2e?.Tonnes, c.InvestmentNtd, c.AnnualSavingsNtd, c.PaybackYears, c.Year, c.GridYear, c.SourceFile, c.Locator, c.Note);
    }
}
