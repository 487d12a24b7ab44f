namespace Tanpan.Web.Features.Tariffs;

/// <summary>A plan as CSV text in the shape of the shipped energy-rate file (docs/monitoring.md#user-defined-tariff-plans); one plan per request.</summary>
public sealed record TariffPlanRequest(string? Csv);

/// <summary>One of the organisation's plans in a list; <c>meters</c> = how many meters use it.</summary>
public sealed record OrganisationTariffPlanSummary(Guid Id, string PlanId, string NameZh, int Version, IReadOnlyList<string> Voltages, int Meters,
    DateTimeOffset UpdatedAt);

public sealed record OrganisationTariffPlansPage(IReadOnlyList<OrganisationTariffPlanSummary> Items, int Page, int PageSize, int Total);

/// <summary>One of the organisation's plans: its current version's rates and CSV, the meters using it, and every stored version.</summary>
public sealed record OrganisationTariffPlanResponse(Guid Id, string PlanId, string NameZh, int Version, IReadOnlyList<string> Voltages, string SummerDates,
    IReadOnlyList<TariffRateResponse> Rates, string Csv, IReadOnlyList<string> MetersUsing, IReadOnlyList<TariffPlanVersionResponse> Versions,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record TariffPlanVersionResponse(int Version, DateTimeOffset CreatedAt, Guid? CreatedByUserId, string Csv);
