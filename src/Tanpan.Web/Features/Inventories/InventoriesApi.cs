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

        var organisation = api.MapGroup("/organisation").WithTags("Organisation");
        organisation.MapGet("", GetProfileAsync);
        organisation.MapPut("", UpdateProfileAsync);

        var facilities = api.MapGroup("/facilities").WithTags("Facilities");
        facilities.MapGet("", ListFacilitiesAsync);
        facilities.MapPost("", CreateFacilityAsync);
        facilities.MapGet("/{id:guid}", GetFacilityAsync);
        facilities.MapPut("/{id:guid}", UpdateFacilityAsync);
        facilities.MapDelete("/{id:guid}", DeleteFacilityAsync);

        var inventories = api.MapGroup("/inventories").WithTags("Inventories");
        inventories.MapGet("", ListInventoriesAsync);
        inventories.MapPost("", CreateInventoryAsync);
        inventories.MapGet("/{id:guid}", GetInventoryAsync);
        inventories.MapPut("/{id:guid}", UpdateInventoryAsync);
        inventories.MapDelete("/{id:guid}", DeleteInventoryAsync);
        inventories.MapPost("/{id:guid}/lock", LockInventoryAsync);
        inventories.MapPost("/{id:guid}/unlock", UnlockInventoryAsync);
        inventories.MapGet("/{id:guid}/results", GetResultsAsync);
        inventories.MapGet("/{id:guid}/audit", GetAuditAsync);

        var sources = inventories.MapGroup("/{id:guid}/sources").WithTags("Emission sources");
        sources.MapGet("", ListSourcesAsync);
        sources.MapPost("", CreateSourceAsync);
        sources.MapGet("/{sourceId:guid}", GetSourceAsync);
        sources.MapPut("/{sourceId:guid}", UpdateSourceAsync);
        sources.MapDelete("/{sourceId:guid}", DeleteSourceAsync);

        var activity = sources.MapGroup("/{sourceId:guid}/activity").WithTags("Activity data");
        activity.MapGet("", ListActivityAsync);
        activity.MapPost("", CreateActivityAsync);
        activity.MapGet("/{entryId:guid}", GetActivityAsync);
        activity.MapPut("/{entryId:guid}", UpdateActivityAsync);
        activity.MapDelete("/{entryId:guid}", DeleteActivityAsync);
        return app;
    }
}
