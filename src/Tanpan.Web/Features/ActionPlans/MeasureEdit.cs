namespace Tanpan.Web.Features.ActionPlans;

/// <summary>
/// What a measure's edit form posts: its status (achieved, not-achieved, not-assessed), the result text and the year's
/// figures (萬元, 萬公噸 CO2e, 人次, 場次), and the version it was read at.
/// </summary>
public sealed record MeasureEdit(string? Status, string? Result, decimal? Budget, decimal? PrivateInvestment, decimal? Reduction, int? People, int? Sessions, int? RowVersion);
