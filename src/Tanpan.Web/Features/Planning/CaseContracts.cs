namespace Tanpan.Web.Features.Planning;

/// <summary>One page of <c>GET /api/v1/cases</c>: the cases matching the filters, in library order.</summary>
public sealed record CasePage(int Page, int PageSize, int Total, int TotalPages, IReadOnlyList<CaseSummary> Cases);

/// <summary>A case of the library (data/cases/cases.csv) as printed in its seed: blank figures are null.</summary>
public sealed record CaseSummary(
    string Id, string IndustryZh, string IndustryEn, string Measure, string TitleZh, string TitleEn,
    decimal? EnergySaved, string EnergyUnit, decimal? Co2eT, decimal? InvestmentNtd, decimal? AnnualSavingsNtd, decimal? PaybackYears, int Year);

/// <summary><c>GET /api/v1/cases/{caseId}</c>: the case, its source in the seeds, and how its figures relate.</summary>
public sealed record CaseDetail(CaseSummary Case, int? GridYear, string SourceFile, string Locator, string Note, IReadOnlyList<CaseCheck> Checks);

/// <summary>
/// One relation between a case's figures: the formula (both languages) with the numbers used, the recomputed value
/// and, when the seed prints it, the stated value and whether the two agree (within <see cref="CaseChecks.TolerancePercent"/> %).
/// </summary>
public sealed record CaseCheck(
    string Kind, string FormulaZh, string FormulaEn, string Unit, decimal Recomputed, decimal? Stated, decimal? DifferencePercent, bool? Agrees);
