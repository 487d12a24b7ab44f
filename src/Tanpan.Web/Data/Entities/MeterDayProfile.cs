namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One meter's consumption of one Asia/Taipei day in 96 fifteen-minute slots, kept by the ingestion in the same
/// transaction as the readings (docs/meters.md#day-profiles). A reading stamped <c>ts</c> (the END of its interval)
/// belongs to day <c>TouSchedule.LocalDay(ts − 1)</c> and slot <c>TouSchedule.LocalSlot(ts − 1)</c>; a slot holds the
/// sum of the quantities of its readings. Whatever needs only per-slot sums (monthly kWh, time-of-use cost) reads these
/// rows — 365 a year per meter — instead of 35,040 readings. Not audited and never written through the change tracker
/// (it is derived data, rebuilt from <see cref="MeterReading"/>s).
/// </summary>
public sealed class MeterDayProfile : ITenantOwned
{
    public Guid OrganisationId { get; set; }

    public Guid MeterId { get; set; }

    /// <summary>Days since 1970-01-01 in Asia/Taipei (<c>TouSchedule.LocalDay</c>).</summary>
    public long LocalDay { get; set; }

    /// <summary>96 little-endian IEEE 754 doubles (768 bytes), slot 0 = 00:00–00:15 local.</summary>
    public byte[] Slots { get; set; } = [];

    /// <summary>How many readings the day has (for completeness, and for <c>MonthlyCost.Readings</c>).</summary>
    public int Readings { get; set; }
}
