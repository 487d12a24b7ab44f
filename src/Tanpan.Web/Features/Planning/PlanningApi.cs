using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Core.CarbonFee;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Roles;

namespace Tanpan.Web.Features.Planning;

/// <summary>
/// Reduction planning under <c>/api/v1</c> (docs/planning.md): the measure catalog and calculators, the case library,
/// an inventory's hotspot suggestions and the carbon-fee estimate. Any member reads; nothing is stored.
/// </summary>
public static class PlanningApi
{
    public static IEndpointRouteBuilder MapPlanningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Reduction planning");
        api.MapGet("/measures", ListMeasures);
        api.MapPost("/measures/{measureId}/evaluate", EvaluateMeasureAsync);
        api.MapGet("/cases", SearchCases);
        api.MapGet("/cases/{caseId}", GetCase);
        api.MapGet("/inventories/{id:guid}/suggestions", GetSuggestionsAsync).AddEndpointFilter(VerifierScope.FilterAsync);
        api.MapPost("/carbon-fee/estimate", EstimateCarbonFeeAsync);
        return app;
    }

    /// <summary>Every measure calculator with its inputs (units, labels in both languages, required, documented default) and formula.</summary>
    public static Ok<IReadOnlyList<MeasureInfo>> ListMeasures() => TypedResults.Ok(MeasureCatalogInfo.All);

    /// <summary>
    /// One measure evaluated (the CLI's <c>tanpan measure evaluate</c>): 404 for an unknown measure, or for an inventory
    /// or facility that is not the organisation's; 400 with field messages (Chinese, then English) for bad input.
    /// </summary>
    public static Task<Results<Ok<MeasureEvaluationResponse>, ValidationProblem, ProblemHttpResult>> EvaluateMeasureAsync(
        string measureId, EvaluateMeasureRequest request, MeasureEvaluationService service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        return service.EvaluateAsync(measureId, request, cancellationToken);
    }

    /// <summary>The case library filtered by industry text, measure kind and free text (<c>q</c>), 10 a page (<c>page</c> from 1, clamped).</summary>
    public static Ok<CasePage> SearchCases(string? industry, string? measure, string? q, int? page) =>
        TypedResults.Ok(CaseChecks.Search(industry, measure, q, page));

    /// <summary>One case with its source and how its figures relate (recomputed, with disagreements flagged); 404 when unknown.</summary>
    public static Results<Ok<CaseDetail>, ProblemHttpResult> GetCase(string caseId, CaseChecks cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return cases.Find(caseId) is { } detail ? TypedResults.Ok(detail) : PlanningProblems.CaseNotFound(caseId);
    }

    /// <summary>
    /// Measures for the inventory's largest sources with similar cases and a savings range; 404 for another
    /// organisation's inventory, 422 (with the issues) when some entry cannot be calculated.
    /// </summary>
    public static async Task<Results<Ok<SuggestionsResponse>, ProblemHttpResult, UnprocessableEntity<UnprocessableResults>>> GetSuggestionsAsync(
        Guid id, SuggestionService suggestions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        return await suggestions.GetAsync(id, cancellationToken) switch
        {
            null => Problems.NotFound(),
            { Suggestions: { } found } => TypedResults.Ok(found),
            var failed => TypedResults.UnprocessableEntity(new UnprocessableResults(
                "部分活動數據無法計算，尚無建議。", "Some activity entries cannot be calculated, so there are no suggestions yet.", failed.Issues)),
        };
    }

    /// <summary>
    /// The carbon fee for the given tonnes or an inventory's scope 1 + 2 (versioned parameters of data/carbon-fee): 400
    /// with field messages for bad input, 404 for an inventory that is not the organisation's.
    /// </summary>
    public static async Task<Results<Ok<CarbonFeeResponse>, ValidationProblem, ProblemHttpResult>> EstimateCarbonFeeAsync(
        CarbonFeeRequest request, CarbonFeeOutlookService fees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(fees);
        var errors = new FieldErrors();
        CarbonFeeRate? rate = request.Rate?.Trim().ToUpperInvariant() switch
        {
            null or "" or "GENERAL" => CarbonFeeRate.General,
            "A" => CarbonFeeRate.A,
            "B" => CarbonFeeRate.B,
            _ => null,
        };
        if (rate is null)
        {
            errors.Add("rate", "費率須為 general、A 或 B。", "The rate must be general, A or B.");
        }

        if ((request.EmissionsT is null) == (request.InventoryId is null))
        {
            errors.Add("emissionsT", "請填排放量（公噸 CO₂e）或選一份盤查，二擇一。", "Give the emissions (t CO₂e) or choose an inventory, one of the two.");
        }

        if (errors.Any)
        {
            // Every field at once: the estimate's own checks of the year and offsets answer too (with a stand-in amount).
            var others = fees.Estimate(0m, request.Year ?? fees.Parameters.FirstYear, rate ?? CarbonFeeRate.General, request.HighLeakage, request.OffsetsT ?? 0m);
            foreach (var p in others.Problems.Where(p => p.Column != "emissions-t"))
            {
                errors.Add(Field(p.Column), p.MessageZh + "。", p.MessageEn + ".");
            }

            return errors.ToResult();
        }

        var tonnes = request.EmissionsT;
        int? inventoryYear = null;
        if (request.InventoryId is { } inventoryId)
        {
            if (await fees.ScopeOneTwoTonnesAsync(inventoryId, cancellationToken) is not { } found)
            {
                return Problems.NotFound();
            }

            if (found.Issues.Count > 0)
            {
                errors.Add("inventoryId", "這份盤查有無法計算的活動數據，請先到結果頁修正。",
                    "Some of this inventory's activity entries cannot be calculated; correct them on its results page first.");
                return errors.ToResult();
            }

            (tonnes, inventoryYear) = (found.ScopeOneTwoTonnes, found.Year);
        }

        var year = request.Year ?? Math.Max(inventoryYear ?? 0, fees.Parameters.FirstYear);
        var outcome = fees.Estimate(tonnes!.Value, year, rate!.Value, request.HighLeakage, request.OffsetsT ?? 0m);
        if (outcome.Estimate is not { } e)
        {
            foreach (var p in outcome.Problems)
            {
                errors.Add(Field(p.Column), p.MessageZh + "。", p.MessageEn + ".");
            }

            return errors.ToResult();
        }

        return TypedResults.Ok(new CarbonFeeResponse(
            e.ParametersVersion, e.Year, e.EmissionsT, request.InventoryId, inventoryYear, e.Rate == CarbonFeeRate.General ? "general" : e.Rate.ToString(),
            e.RateNtdPerT, e.HighLeakage, e.Payer, e.ThresholdT, e.KT, e.AdjustmentFactor, e.AdjustmentPeriod, e.ChargeableT,
            e.OffsetsRequestedT, e.OffsetCapT, e.OffsetsAppliedT, e.OffsetsCapped, e.Fee.BaseValue));

        static string Field(string column) => column switch { "emissions-t" => "emissionsT", "offsets-t" => "offsetsT", var other => other };
    }
}

/// <summary>A 422: why there is no answer yet (both languages) and the entries that cannot be calculated.</summary>
public sealed record UnprocessableResults(string Title, string Detail, IReadOnlyList<EntryIssue> Issues);
