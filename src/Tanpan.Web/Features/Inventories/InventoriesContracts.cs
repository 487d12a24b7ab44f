using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Inventories;

/// <summary>The organisation's profile, with the fields of the MOEA SME application form (附表1).</summary>
public sealed record OrganisationProfile(
    Guid Id, string Name, string? TaxId, string? FactoryRegistrationNumber, string? IndustryCode, bool IsMidSizedBackbone,
    string? IndustrialZone, string? Address, decimal? CapitalNtd, int? Employees, string? RepresentativeName,
    string? RepresentativeTitle, string? ContactName, string? ContactTitle, string? ContactPhone, string? ContactFax,
    string? ContactEmail, decimal? ExportSharePercent, string? MainProducts, decimal? AnnualOutput, string? AnnualOutputUnit);

/// <summary>Replaces the whole profile: a field left out is cleared.</summary>
public sealed record OrganisationProfileRequest(
    string? Name, string? TaxId, string? FactoryRegistrationNumber, string? IndustryCode, bool? IsMidSizedBackbone,
    string? IndustrialZone, string? Address, decimal? CapitalNtd, int? Employees, string? RepresentativeName,
    string? RepresentativeTitle, string? ContactName, string? ContactTitle, string? ContactPhone, string? ContactFax,
    string? ContactEmail, decimal? ExportSharePercent, string? MainProducts, decimal? AnnualOutput, string? AnnualOutputUnit);

public sealed record FacilityRequest(string? Name, string? Address, string? FactoryRegistrationNumber);

public sealed record FacilityResponse(Guid Id, string Name, string? Address, string? FactoryRegistrationNumber);

/// <summary>An inventory year; <see cref="FactorSetId"/> and <see cref="GwpSetId"/> default to the library's defaults.</summary>
/// <remarks>
/// <see cref="OutputQuantity"/> (with its <see cref="OutputUnit"/>) and <see cref="RevenueNtd"/> give the intensity
/// figures of the results; like every field of a PUT, one left out is cleared.
/// </remarks>
public sealed record InventoryRequest(
    int? Year, BoundaryApproach? Boundary, DateOnly? PeriodStart, DateOnly? PeriodEnd, string? FactorSetId, string? GwpSetId, bool? IsBaseYear,
    decimal? OutputQuantity = null, string? OutputUnit = null, decimal? RevenueNtd = null);

public sealed record InventoryResponse(
    Guid Id, int Year, BoundaryApproach Boundary, DateOnly PeriodStart, DateOnly PeriodEnd, string FactorSetId, string GwpSetId,
    bool IsBaseYear, DateTimeOffset? LockedAt, Guid? LockedByUserId, string? UnlockReason,
    decimal? OutputQuantity, string? OutputUnit, decimal? RevenueNtd);

public sealed record UnlockRequest(string? Reason);

/// <summary>
/// A source of the register. <see cref="SourceType"/> accepts 固定燃燒 or stationary (and the other
/// names of <c>SourceTypes</c>); <see cref="Material"/> any name or alias of the material catalogue.
/// </summary>
public sealed record SourceRequest(
    Guid? FacilityId, string? Process, string? Equipment, string? EquipmentType, string? SourceType, string? Material, int? Category,
    int? SignificanceR, int? SignificanceC, int? SignificanceP, bool? RequiredByLawOrCustomer);

/// <summary>
/// A source. <see cref="SignificanceR"/>, <see cref="SignificanceC"/>, <see cref="SignificanceP"/> are the organisation's own
/// scores (null: not scored); <see cref="Assessment"/> the R, C, P used — those scores, or derived where none was given —
/// and <see cref="Significance"/> its S = R × C × P; significant in categories 1–2, or at 10 or more, or when required by
/// law or a customer (<c>SignificanceRule</c>).
/// </summary>
public sealed record SourceResponse(
    Guid Id, Guid FacilityId, string? Process, string? Equipment, string? EquipmentType, string SourceType, string MaterialKey,
    string MaterialName, int Category, string Gases, int? SignificanceR, int? SignificanceC, int? SignificanceP, int? Significance,
    bool RequiredByLawOrCustomer, bool IsSignificant, SignificanceAssessment? Assessment = null);

/// <summary>
/// The R, C, P used for a source's significance, 1–5 each, and <see cref="Derived"/>: which of them ("R", "C", "P") were derived
/// (自動評分: R from the source's share of the inventory total, C from its category, P from its data-source method) because the
/// organisation did not score them. Recomputed from the current figures on every read.
/// </summary>
public sealed record SignificanceAssessment(int R, int C, int P, int Score, IReadOnlyList<string> Derived);

/// <summary>
/// One activity entry. A receipt without a quantity gives <see cref="AmountPaidNtd"/> and <see cref="UnitPriceNtd"/>
/// (NT$ per <see cref="Unit"/>) instead of <see cref="Amount"/>: the amount is then paid ÷ price and the data source 採購金額回推用量.
/// </summary>
public sealed record ActivityRequest(
    int? Year, int? Month, decimal? Amount, string? Unit, string? DataSourceMethod, string? Note,
    decimal? AmountPaidNtd = null, decimal? UnitPriceNtd = null, DateOnly? BillFrom = null, DateOnly? BillTo = null, string? OverlapReason = null);

/// <summary>
/// An activity entry; <see cref="IsEstimate"/> when its amount was estimated from NT$ paid. <see cref="Warnings"/> (absent
/// when none): <c>meter_month</c> when a linked meter also fills the entry's month, so it is counted twice (saved all the
/// same; docs/meters.md).
/// </summary>
public sealed record ActivityResponse(
    Guid Id, Guid SourceId, int Year, int? Month, decimal Amount, string Unit, string? DataSourceMethod, string? Note,
    decimal? AmountPaidNtd, decimal? UnitPriceNtd,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<ActivityWarning>? Warnings = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    string? OverlapReason = null)
{
    public bool IsEstimate => AmountPaidNtd is not null;
}

/// <summary>A warning about a saved entry, in both languages; <c>code</c> <c>meter_month</c>: a meter fills the same month.</summary>
public sealed record ActivityWarning(string Code, string Chinese, string English);

public sealed record AuditPage(int Page, int PageSize, int Total, IReadOnlyList<AuditItem> Items);

public sealed record AuditItem(
    Guid Id, string EntityType, Guid EntityId, AuditAction Action, Guid? UserId, DateTimeOffset At, string? OldValues, string? NewValues);

/// <summary>The month grid of one source: one row per month; a row without an amount clears that month.</summary>
public sealed record MonthsRequest(List<MonthRequest>? Months);

/// <summary>One month of the grid: an amount, or NT$ paid with a unit price for a receipt without a quantity (as <see cref="ActivityRequest"/>).</summary>
public sealed record MonthRequest(
    int? Year, int? Month, decimal? Amount, string? Unit, string? DataSourceMethod, string? Note,
    decimal? AmountPaidNtd = null, decimal? UnitPriceNtd = null);

/// <summary>
/// The reading reminder: <see cref="MissingCount"/> source × month pairs have no data; only sources with a gap are listed.
/// <see cref="MeterOverlaps"/>: months a linked meter fills that also have other entries (counted twice).
/// </summary>
public sealed record ReminderResponse(
    Guid InventoryId, DateOnly PeriodStart, DateOnly PeriodEnd, int SourceCount, int MissingCount, List<ReminderSource> Sources,
    List<ReminderOverlap>? MeterOverlaps = null, List<ReminderDoubleCount>? DoubleCounted = null)
{
    /// <summary>Source × months counted more than once (<see cref="DoubleCounted"/>).</summary>
    public int DoubleCountedCount => DoubleCounted?.Sum(d => d.Months.Count) ?? 0;

    /// <summary>There is at least one source, every month of every source has data and none is counted twice (no source is not complete).</summary>
    public bool Complete => SourceCount > 0 && MissingCount == 0 && DoubleCountedCount == 0;
}

/// <summary>
/// A source's months covered by two or more entries (Core's <c>PeriodOverlaps.CountedTwice</c>), each with how many;
/// <see cref="Acknowledged"/> when every overlapping entry but one records why both are kept.
/// </summary>
public sealed record ReminderDoubleCount(
    Guid SourceId, string Facility, string? Process, string? Equipment, string Material, List<ReminderMonthCount> Months, bool Acknowledged);

/// <summary>A month and how many entries cover it.</summary>
public sealed record ReminderMonthCount(int Year, int Month, int Entries);

/// <summary>A source's month that a linked meter fills and that other entries (typed by hand or imported) fill too: counted twice.</summary>
public sealed record ReminderOverlap(Guid SourceId, string Source, string Meter, int Year, int Month, int OtherEntries, string Chinese, string English);

public sealed record ReminderSource(
    Guid SourceId, string Facility, string? Process, string? Equipment, string Material, List<Tanpan.Core.Inventory.YearMonth> MissingMonths);
