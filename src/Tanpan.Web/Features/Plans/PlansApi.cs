using Tanpan.Web.Infrastructure.Concurrency;

namespace Tanpan.Web.Features.Plans;

/// <summary>
/// Reduction plans and targets under <c>/api/v1</c> (docs/api.md, docs/plans-and-targets.md): plans with measures,
/// their abatement curve, pathway, carbon-fee outlook and verified savings; targets with their yearly table.
/// Owners and editors write; viewers read; verifiers see none. Everything is scoped to the current organisation.
/// </summary>
public static partial class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization();

        const string Plan = "/plans/{id:guid}";
        var plans = api.MapGroup("").WithTags("Plans");
        plans.MapGet("/plans", ListPlansAsync);
        plans.MapPost("/plans", CreatePlanAsync);
        plans.MapGet(Plan, GetPlanAsync).AddEndpointFilter(EditVersions.ConditionalGetAsync);
        plans.MapPut(Plan, UpdatePlanAsync);
        plans.MapDelete(Plan, DeletePlanAsync);
        plans.MapGet($"{Plan}/measures", ListMeasuresAsync);
        plans.MapPost($"{Plan}/measures", AddMeasureAsync);
        plans.MapPut($"{Plan}/measures/{{measureId:guid}}", UpdateMeasureAsync);
        plans.MapDelete($"{Plan}/measures/{{measureId:guid}}", DeleteMeasureAsync);
        plans.MapGet($"{Plan}/curve", GetCurveAsync);
        plans.MapGet($"{Plan}/pathway", GetPathwayAsync);
        plans.MapGet($"{Plan}/carbon-fee", GetCarbonFeeAsync);
        plans.MapGet($"{Plan}/verified-savings", GetVerifiedSavingsAsync);

        const string Target = "/targets/{id:guid}";
        var targets = api.MapGroup("").WithTags("Targets");
        targets.MapGet("/targets", TargetsApi.ListTargetsAsync);
        targets.MapPost("/targets", TargetsApi.CreateTargetAsync);
        targets.MapGet(Target, TargetsApi.GetTargetAsync).AddEndpointFilter(EditVersions.ConditionalGetAsync);
        targets.MapPut(Target, TargetsApi.UpdateTargetAsync);
        targets.MapDelete(Target, TargetsApi.DeleteTargetAsync);
        targets.MapGet($"{Target}/table", TargetsApi.GetTableAsync);
        return app;
    }
}
