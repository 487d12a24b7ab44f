using System.Text.Json;

namespace Tanpan.Web.Features.Planning;

/// <summary>One measure calculator of <c>GET /api/v1/measures</c>: its inputs (the measure's, then the common ones) and formula.</summary>
public sealed record MeasureInfo(
    string Id, string NameZh, string NameEn, string Formula, IReadOnlyList<MeasureInput> Parameters, IReadOnlyList<MeasureInput> Options);

/// <summary>
/// One input: the key to send in <c>parameters</c> (or, for options, the request property), its unit, label in both
/// languages, whether it is required and its default as documented (null when none).
/// </summary>
public sealed record MeasureInput(string Key, string Unit, string LabelZh, string LabelEn, bool Required, string? Default);

/// <summary>
/// <c>POST /api/v1/measures/{measureId}/evaluate</c>: the measure's parameters (numbers or text, by key), the
/// valuation options (discount rate as a fraction, lifetime in whole years, factor and GWP sets, grid-factor year) and
/// optionally an inventory or facility of the organisation whose pinned factor set, GWP set and year are used.
/// </summary>
public sealed record EvaluateMeasureRequest(
    IReadOnlyDictionary<string, JsonElement>? Parameters = null,
    decimal? DiscountRate = null,
    int? LifetimeYears = null,
    string? FactorSetId = null,
    string? GwpSetId = null,
    int? GridYear = null,
    Guid? InventoryId = null,
    Guid? FacilityId = null);

/// <summary>What the evaluation was valued with: sets, grid year, the inventory and facility used (if any), finance options.</summary>
public sealed record MeasureBasis(
    string FactorSetId, string GwpSetId, int GridYear, decimal DiscountRate, int LifetimeYears,
    Guid? InventoryId, int? InventoryYear, Guid? FacilityId, string? FacilityName);

/// <summary>One carrier's yearly saving (negative = more use) with the factor and price used; exact.</summary>
public sealed record CarrierSavingResponse(
    string Carrier, string Unit, decimal Quantity, decimal Co2eT, string FactorId, decimal KgCo2ePerUnit, decimal? PriceNtdPerUnit, decimal? CostNtd);

/// <summary>
/// A measure evaluated for one year of operation (the same numbers as <c>tanpan measure evaluate --json</c>): energy
/// saved per carrier, t CO₂e avoided, NT$ saved (null when a price is missing), investment, subsidy, simple payback
/// (years), NPV (NT$) and IRR (fraction) over the lifetime; exact, round only to show.
/// </summary>
public sealed record MeasureEvaluationResponse(
    string MeasureId, string NameZh, string NameEn, string Formula, MeasureBasis Basis, IReadOnlyList<CarrierSavingResponse> Savings,
    decimal Co2eT, decimal OtherCostSavingsNtd, decimal? CostSavedNtd, IReadOnlyList<string> MissingPrices,
    decimal InvestmentNtd, decimal SubsidyNtd, decimal NetInvestmentNtd, decimal? PaybackYears, decimal? NpvNtd, decimal? Irr, string Note);
