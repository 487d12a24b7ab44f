using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Pact;

/// <summary>
/// <c>POST /{v}/events</c> (PACT v3.0 "Action Events"; v2.3 the same with v2 event types): a CloudEvent in structured
/// mode, <c>application/cloudevents+json</c>. Every valid event is stored (<see cref="PactEvent"/>) and answered 200
/// with an empty body. A RequestCreated event is matched against the footprints granted to the calling client, and
/// answered later by a RequestFulfilled (the matching footprints) or RequestRejected (NotFound) event sent to the
/// client's events URL (<see cref="PactCallbacks"/>); a client without an events URL cannot be answered, so its request
/// is refused at once with 400, as the spec asks of a request the host knows it cannot handle.
/// </summary>
internal static class PactEventsApi
{
    /// <summary>Largest event body read, 64 KB; an event carries criteria or ids, not data.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static async Task<IResult> ReceiveAsync(int version, HttpContext context, AppDbContext db, TenantContext tenant, PactTokens tokens, TimeProvider clock, PactCallbacks callbacks)
    {
        var (client, error) = await PactCaller.AuthenticateAsync(context, db, tenant, tokens, clock);
        if (client is null)
        {
            return error!;
        }

        var mediaType = context.Request.ContentType?.Split(';')[0].Trim() ?? "";
        if (!mediaType.Equals("application/cloudevents+json", StringComparison.OrdinalIgnoreCase) && !mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return PactErrors.BadRequest("Events must be sent as application/cloudevents+json.");
        }

        var (body, readError) = await ReadBodyAsync(context.Request);
        if (body is null)
        {
            return PactErrors.BadRequest(readError!);
        }

        if (Check(body, version) is { } problem)
        {
            return PactErrors.BadRequest(problem);
        }

        var type = body["type"]!.GetValue<string>();
        var isRequest = type == PactEventTypes.RequestCreated(version);
        if (isRequest && client.EventsBaseUrl is null)
        {
            return PactErrors.BadRequest("No events URL is registered for this client, so the request could not be answered; ask the data owner to add one.");
        }

        var received = new PactEvent
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            PactClientId = client.Id,
            Version = version,
            EventId = Clip(body["id"]!.GetValue<string>(), 200),
            Type = type,
            Source = Clip(body["source"]!.GetValue<string>(), 500),
            Body = body.ToJsonString(),
            ReceivedAt = clock.GetUtcNow(),
            Outcome = "Received",
        };
        db.PactEvents.Add(received);
        await db.SaveChangesAsync(context.RequestAborted);

        if (isRequest)
        {
            var filter = Criteria(body["data"]!.AsObject(), version);
            var matches = (await PactApi.GrantedAsync(db, client.Id, version, context.RequestAborted)).Where(filter.Matches).ToList();
            var source = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/{version}/events";
            callbacks.Enqueue(new PactCallback(client.OrganisationId, client.Id, received.Id, version, Answer(version, received.EventId, source, matches, clock.GetUtcNow()), matches.Count > 0));
        }

        return Results.Ok();
    }

    private static async Task<(JsonObject? Body, string? Error)> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, $"The event exceeds {MaxBodyBytes} bytes.");
        }

        var buffer = new byte[MaxBodyBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(total), request.HttpContext.RequestAborted)) > 0)
        {
            total += read;
        }

        if (total > MaxBodyBytes)
        {
            return (null, $"The event exceeds {MaxBodyBytes} bytes.");
        }

        try
        {
            return JsonNode.Parse(buffer.AsSpan(0, total), documentOptions: new JsonDocumentOptions { MaxDepth = 32 }) is JsonObject o
                ? (o, null) : (null, "The event must be a JSON object.");
        }
        catch (JsonException e)
        {
            return (null, $"The event is not valid JSON: {e.Message}");
        }
    }

    /// <summary>The CloudEvents 1.0 attributes PACT requires (BaseEvent: type, specversion, id, source, time, data) and a known type.</summary>
    private static string? Check(JsonObject body, int version)
    {
        foreach (var name in (string[])["type", "specversion", "id", "source", "time"])
        {
            if (body[name] is not JsonValue v || v.GetValueKind() != JsonValueKind.String || v.GetValue<string>().Length == 0)
            {
                return $"The event needs a non-empty string '{name}'.";
            }
        }

        if (body["specversion"]!.GetValue<string>() != "1.0")
        {
            return "specversion must be \"1.0\" (CloudEvents 1.0).";
        }

        if (!DateTimeOffset.TryParse(body["time"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            return "time must be an RFC 3339 date-time.";
        }

        var type = body["type"]!.GetValue<string>();
        if (!PactEventTypes.IsKnown(version, type))
        {
            return $"Unknown event type '{type}' for PACT v{version}.";
        }

        if (body["data"] is not JsonObject data)
        {
            return "The event needs a 'data' object.";
        }

        return type == PactEventTypes.RequestCreated(version) && version == 2 && data["pf"] is not JsonObject
            ? "A v2 request needs data.pf (the footprint properties to match)." : null;
    }

    /// <summary>v3: the data's filter criteria; v2: <c>data.pf</c>'s productIds and companyIds.</summary>
    private static PactFootprintFilter Criteria(JsonObject data, int version)
    {
        static string[] Strings(JsonNode? node) => node switch
        {
            JsonArray a => [.. a.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>())],
            JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
            _ => [],
        };
        static DateTimeOffset? Date(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String
            && DateTimeOffset.TryParse(v.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
        if (version == 2)
        {
            var pf = data["pf"]!.AsObject();
            return PactFootprintFilter.None with { ProductIds = Strings(pf["productIds"]), CompanyIds = Strings(pf["companyIds"]) };
        }

        return new PactFootprintFilter(Strings(data["productId"]), Strings(data["companyId"]), Strings(data["geography"]), Strings(data["classification"]),
            Strings(data["status"]), Date(data["validOn"]), Date(data["validAfter"]), Date(data["validBefore"]));
    }

    /// <summary>The answering event: RequestFulfilled with the matching footprints, else RequestRejected with NotFound.</summary>
    private static string Answer(int version, string requestEventId, string source, List<PactPublishedFootprint> matches, DateTimeOffset now)
    {
        var data = matches.Count > 0
            ? new JsonObject { ["requestEventId"] = requestEventId, ["pfs"] = new JsonArray([.. matches.Select(m => JsonNode.Parse(PactApi.Document(m, version)))]) }
            : new JsonObject { ["requestEventId"] = requestEventId, ["error"] = new JsonObject { ["code"] = "NotFound", ["message"] = "The requested footprint could not be found." } };
        return new JsonObject
        {
            ["type"] = matches.Count > 0 ? PactEventTypes.RequestFulfilled(version) : PactEventTypes.RequestRejected(version),
            ["specversion"] = "1.0",
            ["id"] = Guid.CreateVersion7(now).ToString("D"),
            ["source"] = source,
            ["time"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["data"] = data,
        }.ToJsonString();
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
