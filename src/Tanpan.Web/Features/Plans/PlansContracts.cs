using Tanpan.Core.Reduction;
using Tanpan.Core.Reduction.Planning;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Plans;

/// <summary>A plan as posted: name, base inventory, optional facility, pathway end year, BAU growth (% a year), discount rate (fraction), high leakage.</summary>
public sealed record PlanRequest(string? Name, Guid? BaseInventoryId, Guid? FacilityId, int? EndYear, decimal? GrowthPercent, decimal? DiscountRate, bool? HighLeakage);

public sealed record PlanSummary(Guid Id, string Name, Guid BaseInventoryId, int BaseYear, Guid? FacilityId, int EndYear, int MeasureCount);

/// <summary>A plan with its base (scope 1 + 2 of the base inventory, t CO₂e) and its measures evaluated.</summary>
public sealed record PlanResponse(
    Guid Id, string Name, Guid BaseInventoryId, int BaseYear, Guid? FacilityId, string? FacilityName, int EndYear, decimal GrowthPercent,
    decimal DiscountRate, bool HighLeakage, decimal BaseEmissionsT, bool BaseComplete, IReadOnlyList<PlanMeasureResponse> Measures);

/// <summary>A measure as posted: a measure kind, its inputs (key → text, as <c>tanpan measure evaluate</c> takes them), start year, lifetime, implemented date.</summary>
public sealed record PlanMeasureRequest(string? Kind, string? Label, Dictionary<string, string>? Parameters, int? StartYear, int? LifetimeYears, DateOnly? ImplementedOn);

/// <summary>
/// A plan's measure with its evaluation (t CO₂e a year, NT$ a year, NT$, years; null when its inputs no longer evaluate, see
/// <see cref="Problems"/>). With cash-flow inputs (docs/measures.md) also the yearly flows (NT$, year 0 first), the IRR's count
/// (<c>none</c>/<c>one</c>/<c>several</c>) and rates, discounted payback (years) and MIRR (fraction); otherwise those are null.
/// <see cref="Version"/> is the measure's version, for If-Match on its PUT and DELETE (also the ETag of a PUT's answer).
/// </summary>
public sealed record PlanMeasureResponse(
    Guid Id, string Kind, string? Label, IReadOnlyDictionary<string, string> Parameters, int StartYear, int LifetimeYears, DateOnly? ImplementedOn,
    decimal? Co2eT, decimal? CostSavedNtd, decimal? NetInvestmentNtd, decimal? PaybackYears, decimal? NpvNtd, decimal? Irr,
    IReadOnlyList<PlanCarrierSaving> Savings, IReadOnlyList<string> Problems,
    IReadOnlyList<decimal>? FlowsNtd = null, string? IrrStatus = null, IReadOnlyList<decimal>? IrrRates = null, decimal? DiscountedPaybackYears = null,
    decimal? Mirr = null, int Version = 1);

/// <summary>The abatement curve (bars sorted by NT$/t CO₂e) and the measures that avoid nothing or lack a price, so have no bar.</summary>
public sealed record AbatementCurveResponse(IReadOnlyList<AbatementBar> Points, IReadOnlyList<Guid> NotOnCurve);

/// <summary>One year of the carbon-fee outlook (t CO₂e, NT$); a fee is null when the rules give none for the year (<see cref="Notes"/>).</summary>
public sealed record FeeYearResponse(
    int Year, decimal WithoutPlanT, decimal WithPlanT, decimal? ChargeableWithoutPlanT, decimal? ChargeableWithPlanT,
    decimal? WithoutPlanFeeNtd, decimal? WithPlanGeneralFeeNtd, decimal? WithPlanRateAFeeNtd, decimal? WithPlanRateBFeeNtd, decimal? SavedAtGeneralNtd,
    IReadOnlyList<string> Notes);

public sealed record CarbonFeeOutlookResponse(string ParametersVersion, bool HighLeakage, decimal OffsetsPerYearT, IReadOnlyList<FeeYearResponse> Years);

/// <summary>An implemented measure against the later inventories (materials = the factor-set keys of the carriers it changes).</summary>
public sealed record VerifiedSavingResponse(
    Guid MeasureId, string Kind, string? Label, DateOnly ImplementedOn, decimal ProjectedT, IReadOnlyList<string> Materials,
    IReadOnlyList<Guid> SharedWith, IReadOnlyList<SavingCheckResponse> Checks);

/// <summary>A target as posted: kind, base and target year, either a yearly reduction (% of base) or milestones (year → value), scopes, optional plan.</summary>
public sealed record TargetRequest(
    string? Name, TargetKind? Kind, int? BaseYear, int? TargetYear, decimal? AnnualReductionPercent, Dictionary<string, decimal>? Milestones,
    IReadOnlyList<int>? Scopes, Guid? PlanId);

/// <summary>A target; <see cref="Version"/> is its version (the ETag of its GET and PUT, for If-Match).</summary>
public sealed record TargetResponse(
    Guid Id, string Name, TargetKind Kind, int BaseYear, int TargetYear, decimal? AnnualReductionPercent, IReadOnlyDictionary<int, decimal> Milestones,
    IReadOnlyList<int> Scopes, Guid? PlanId, int Version);

/// <summary>The yearly table: the base year's value (null without an inventory of that year) and the rows after it.</summary>
public sealed record TargetTableResponse(TargetResponse Target, decimal? BaseValue, string? OutputUnit, IReadOnlyList<TargetRow> Rows);
