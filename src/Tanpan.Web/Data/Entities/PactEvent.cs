namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A CloudEvent a PACT client sent to <c>/{v}/events</c> (PACT v3.0 "Action Events"), kept with what Tanpan did about it.
/// </summary>
public sealed class PactEvent : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid PactClientId { get; set; }

    /// <summary>2 or 3: the API version the event came in on.</summary>
    public int Version { get; set; }

    /// <summary>The CloudEvent's <c>id</c>, as sent.</summary>
    public required string EventId { get; set; }

    /// <summary>The CloudEvent's <c>type</c>, e.g. <c>org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3</c>.</summary>
    public required string Type { get; set; }

    public required string Source { get; set; }

    /// <summary>The event as received (at most 64 KB: the events endpoint refuses larger bodies).</summary>
    public required string Body { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>"Received", "Fulfilled", "Rejected" or "CallbackFailed" (docs/pact.md).</summary>
    public required string Outcome { get; set; }

    /// <summary>Why, in English, for the sharing page (e.g. the callback's HTTP status).</summary>
    public string? OutcomeNote { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }
}
