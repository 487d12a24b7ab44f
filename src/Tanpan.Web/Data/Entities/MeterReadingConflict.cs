namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A reading that contradicts the stored one for the same meter and instant: kept aside, never overwriting it,
/// and shown on the meter's page. Unique on (meter, instant, value), so a retried batch adds nothing.
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

    /// <summary>The stored value it contradicts, at the time it arrived.</summary>
    public double StoredValue { get; set; }

    public Guid? GatewayKeyId { get; set; }

    /// <summary>Unix seconds, UTC.</summary>
    public long ReceivedAt { get; set; }
}
