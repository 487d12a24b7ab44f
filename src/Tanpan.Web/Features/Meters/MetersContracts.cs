using Tanpan.Web.Features.Meters.ActivitySync;
using Tanpan.Web.Features.Meters.Ingest;

namespace Tanpan.Web.Features.Meters;

/// <summary>Create or replace a meter's settings. Strings as in docs/meters.md.</summary>
public sealed record MeterRequest(
    Guid? FacilityId,
    string? Name,
    string? EnergyType,
    string? Unit,
    string? Kind,
    int? IntervalMinutes,
    decimal? RolloverValue,
    string? TariffPlanId,
    string? Voltage,
    decimal? ContractCapacityKw,
    Guid? EmissionSourceId,
    decimal? MaxReadingValue = null);

public sealed record MeterResponse(
    Guid Id,
    Guid FacilityId,
    string Name,
    string EnergyType,
    string Unit,
    string Kind,
    int IntervalMinutes,
    decimal? RolloverValue,
    string? TariffPlanId,
    string? Voltage,
    decimal? ContractCapacityKw,
    Guid? EmissionSourceId,
    DateTimeOffset CreatedAt,
    decimal? MaxReadingValue = null,
    double EffectiveMaxReadingValue = ReadingBounds.Ceiling);

public sealed record MetersPage(IReadOnlyList<MeterResponse> Items, int Page, int PageSize, int Total);

public sealed record GatewayKeyRequest(string? Name);

public sealed record GatewayKeySummary(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>A new gateway key; <see cref="Key"/> is shown this once and never again.</summary>
public sealed record CreatedGatewayKey(Guid Id, string Name, string Key, DateTimeOffset CreatedAt);

/// <summary>The answer to a stored batch.</summary>
/// <param name="Received">Readings in the batch (exact repeats inside the batch counted once).</param>
/// <param name="Accepted">New readings stored.</param>
/// <param name="Duplicates">Readings already stored with the same value (no change).</param>
/// <param name="Conflicts">Readings that contradict a stored one: kept aside in the conflicts list, the stored one unchanged.</param>
/// <param name="Activity">Monthly activity entries written for meters linked to an emission source.</param>
public sealed record IngestResponse(int Received, int Accepted, int Duplicates, int Conflicts, IReadOnlyList<ActivitySyncResult> Activity,
    int Quarantined = 0, IReadOnlyList<QuarantinedReading>? Quarantine = null);

/// <summary>A row of the batch kept aside as implausible (docs/meters.md#plausibility): its index, meter, time and value as sent, and why.</summary>
public sealed record QuarantinedReading(int Index, Guid MeterId, long TimestampUtc, string Value, string Reason, string Chinese, string English);

/// <summary>
/// One month of a linked meter written to (or, when the inventory is locked, withheld from) the source's activity data;
/// <c>otherEntries</c> counts the source's other entries for that month or its whole year (typed by hand or imported):
/// more than 0 means the month is counted twice (<see cref="MeterOverlaps"/>).
/// </summary>
public sealed record ActivitySyncResult(Guid MeterId, Guid EmissionSourceId, int Year, int Month, decimal Amount, string Unit, decimal CompletenessPercent,
    bool Written, string? Reason, int OtherEntries = 0);

public sealed record MonthlyTotal(int Year, int Month, double Quantity, int Readings, int Expected)
{
    public decimal CompletenessPercent => Expected == 0 ? 0 : Math.Round(100m * Readings / Expected, 1);
}

public sealed record ReadingRow(long TimestampUtc, double Quantity, double? Register, int Flags);

public sealed record ConflictRow(long TimestampUtc, double Value, double StoredValue, long ReceivedAt, string? Reason = null, string? SentText = null);
