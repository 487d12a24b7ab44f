namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One reading of a meter: the consumption in the interval ending at <see cref="TimestampUtc"/>. Written in bulk by
/// the ingestion (never through the change tracker) and not audited — the volume is a year of 15-minute readings
/// per meter. Primary key (<see cref="MeterId"/>, <see cref="TimestampUtc"/>): one reading per meter and instant.
/// </summary>
public sealed class MeterReading : ITenantOwned
{
    public Guid OrganisationId { get; set; }

    public Guid MeterId { get; set; }

    /// <summary>End of the interval, Unix seconds, UTC.</summary>
    public long TimestampUtc { get; set; }

    /// <summary>
    /// Consumption in the interval ending at <see cref="TimestampUtc"/>, in the meter's unit. For a cumulative meter,
    /// the register's increase since the previous reading (roll-over or reset handled, see <see cref="Flags"/>);
    /// 0 for the first reading of the register.
    /// </summary>
    public double Quantity { get; set; }

    /// <summary>The raw register value of a cumulative meter; null for an interval meter.</summary>
    public double? Register { get; set; }

    /// <summary>What the quantity's computation met (<see cref="ReadingMarks"/>); 0 for nothing.</summary>
    public int Flags { get; set; }

    /// <summary>When the batch with this reading was stored, Unix seconds, UTC.</summary>
    public long ReceivedAt { get; set; }
}

/// <summary>Bits of <see cref="MeterReading.Flags"/>.</summary>
[Flags]
public enum ReadingMarks
{
    None = 0,

    /// <summary>The register went down and wrapped at the meter's roll-over value.</summary>
    Rollover = 1,

    /// <summary>The register went down with no roll-over value: taken as a reset, the quantity is the new value.</summary>
    Reset = 2,

    /// <summary>The first reading of a cumulative register: there is no earlier value, the quantity is 0.</summary>
    First = 4,
}
