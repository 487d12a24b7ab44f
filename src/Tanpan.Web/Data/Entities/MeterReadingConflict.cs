namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A reading that contradicts the stored one for the same meter and instant: kept aside, never overwriting it,
/// and shown on the meter's page. Also the quarantine: a reading that failed the plausibility checks (<see cref="Reason"/>). Unique on (meter, instant, value), so a retried batch adds nothing.
/// </summary>
public sealed class MeterReadingConflict : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid MeterId { get; set; }

    /// <summary>Unix seconds, UTC.</summary>
    public long TimestampUtc { get; set; }

    /// <summary>The value as the gateway sent it (the interval's quantity, or the register of a cumulative meter).</summary>
    public double Value { get; set; }

    /// <summary>The stored value it contradicts, at the time it arrived; 0 for a quarantined reading.</summary>
    public double StoredValue { get; set; }

    /// <summary>
    /// Null: a contradiction of the stored reading. Otherwise the reading was quarantined, never stored, and this is why
    /// (<c>Features.Meters.ReadingBounds</c>: value_not_finite, value_negative, value_above_bound, time_too_early, time_too_late).
    /// </summary>
    public string? Reason { get; set; }

    /// <summary>The value exactly as parsed (round-trip text, e.g. <c>1E+30</c>, <c>NaN</c>) for a quarantined reading; <see cref="Value"/> is then 0 when it was not finite.</summary>
    public string? SentText { get; set; }

    public Guid? GatewayKeyId { get; set; }

    /// <summary>Unix seconds, UTC.</summary>
    public long ReceivedAt { get; set; }
}
