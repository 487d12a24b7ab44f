using Tanpan.Web.Infrastructure.Concurrency;
using Tanpan.Web.Infrastructure.Roles;

namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// The inventory flow under <c>/api/v1</c> (docs/api.md): the organisation's profile and facilities,
/// inventory years, emission sources and their activity data, results, lock and audit history.
/// Owners and editors write; viewers and verifiers read. Everything is scoped to the current organisation.
/// </summary>
public static partial class InventoriesApi
{
    public static IEndpointRouteBuilder MapInventoriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization();

        var organisation = api.MapGroup("").WithTags("Organisation");
        organisation.MapGet("/organisation", GetProfileAsync).AddEndpointFilter(EditVersions.ConditionalGetAsync);
        organisation.MapPut("/organisation", UpdateProfileAsync);

        var facilities = api.MapGroup("").WithTags("Facilities");
        facilities.MapGet("/facilities", ListFacilitiesAsync);
        facilities.MapPost("/facilities", CreateFacilityAsync);
        facilities.MapGet("/facilities/{id:guid}", GetFacilityAsync).AddEndpointFilter(EditVersions.ConditionalGetAsync);
        facilities.MapPut("/facilities/{id:guid}", UpdateFacilityAsync);
        facilities.MapDelete("/facilities/{id:guid}", DeleteFacilityAsync);

        const string Inventory = "/inventories/{id:guid}";
        api.MapGet("/inventories", ListInventoriesAsync).WithTags("Inventories");
        api.MapPost("/inventories", CreateInventoryAsync).WithTags("Inventories");

        // Every route below has an inventory {id}; a verifier limited to another inventory gets 404.
        var scoped = api.MapGroup("").AddEndpointFilter(VerifierScope.FilterAsync);
        var inventories = scoped.MapGroup("").WithTags("Inventories");
        inventories.MapGet(Inventory, GetInventoryAsync).AddEndpointFilter(EditVersions.ConditionalGetAsync);
        inventories.MapPut(Inventory, UpdateInventoryAsync);
        inventories.MapDelete(Inventory, DeleteInventoryAsync);
        inventories.MapPost($"{Inventory}/lock", LockInventoryAsync);
        inventories.MapPost($"{Inventory}/unlock", UnlockInventoryAsync);
        inventories.MapGet($"{Inventory}/results", GetResultsAsync)
            .Produces<ResultsSummary>(StatusCodes.Status200OK, "application/json").Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        inventories.MapGet($"{Inventory}/results/rows", GetResultRowsAsync)
            .Produces<ResultRowsPage>(StatusCodes.Status200OK, "application/json").Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        inventories.MapGet($"{Inventory}/audit", GetAuditAsync);
        inventories.MapGet($"{Inventory}/reminder", GetReminderAsync);
        inventories.MapPost($"{Inventory}/recalculate/preview", PreviewRecalculationAsync);
        inventories.MapPost($"{Inventory}/recalculate", RecalculateAsync);
        inventories.MapGet($"{Inventory}/base-year", GetBaseYearCheckAsync);

        var documents = scoped.MapGroup("").WithTags("Documents");
        documents.MapGet($"{Inventory}/register.xlsx", GetRegisterAsync).Produces(StatusCodes.Status200OK, contentType: RegisterContentType);
        documents.MapGet($"{Inventory}/report.docx", GetReportAsync).Produces(StatusCodes.Status200OK, contentType: ReportContentType);

        const string Source = Inventory + "/sources/{sourceId:guid}";
        var sources = scoped.MapGroup("").WithTags("Emission sources");
        sources.MapGet($"{Inventory}/sources", ListSourcesAsync);
        sources.MapPost($"{Inventory}/sources", CreateSourceAsync);
        sources.MapGet(Source, GetSourceAsync).AddEndpointFilter(EditVersions.ConditionalGetAsync);
        sources.MapPut(Source, UpdateSourceAsync);
        sources.MapDelete(Source, DeleteSourceAsync);

        const string Entry = Source + "/activity/{entryId:guid}";
        var activity = scoped.MapGroup("").WithTags("Activity data");
        activity.MapGet($"{Source}/activity", ListActivityAsync);
        activity.MapPost($"{Source}/activity", CreateActivityAsync);
        activity.MapPut($"{Source}/activity", SaveMonthsAsync);
        activity.MapGet(Entry, GetActivityAsync).AddEndpointFilter(EditVersions.ConditionalGetAsync);
        activity.MapPut(Entry, UpdateActivityAsync);
        activity.MapDelete(Entry, DeleteActivityAsync);
        return app;
    }
}
