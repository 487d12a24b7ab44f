namespace Tanpan.Web.Features.Pact;

/// <summary>
/// CloudEvent types of PACT (v3.0 components.schemas.*Event <c>type</c> consts; v2.3 the <c>org.wbcsd.pathfinder</c> ones).
/// </summary>
internal static class PactEventTypes
{
    public static string RequestCreated(int version) => version == 3
        ? "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3" : "org.wbcsd.pathfinder.ProductFootprintRequest.Created.v1";

    public static string RequestFulfilled(int version) => version == 3
        ? "org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3" : "org.wbcsd.pathfinder.ProductFootprintRequest.Fulfilled.v1";

    public static string RequestRejected(int version) => version == 3
        ? "org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3" : "org.wbcsd.pathfinder.ProductFootprintRequest.Rejected.v1";

    public static string Published(int version) => version == 3
        ? "org.wbcsd.pact.ProductFootprint.PublishedEvent.3" : "org.wbcsd.pathfinder.ProductFootprint.Published.v1";

    public static bool IsKnown(int version, string type) =>
        type == RequestCreated(version) || type == RequestFulfilled(version) || type == RequestRejected(version) || type == Published(version);
}
