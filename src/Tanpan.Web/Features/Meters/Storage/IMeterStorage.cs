using System.Data.Common;
using Tanpan.Web.Features.Meters.Ingest;
using Tanpan.Web.Features.Meters.Profiles;

namespace Tanpan.Web.Features.Meters.Storage;

/// <summary>
/// The provider-specific SQL of meter storage (docs/decisions/0020-meter-storage-sql.md): the bulk insert of a batch's
/// readings and the upsert of day profiles, each inside the caller's open transaction. One implementation per
/// provider (<see cref="PostgresMeterStorage"/>, <see cref="SqliteMeterStorage"/>); everything provider-neutral —
/// the transaction, cumulative recompute, which days change — stays in <see cref="ReadingWriter"/> and
/// <see cref="DayProfileWriter"/>.
/// </summary>
internal interface IMeterStorage
{
    /// <summary>Stores new readings; an exact repeat counts as a duplicate, another value at a stored (meter, time) goes to <c>MeterReadingConflicts</c>.</summary>
    Task<WriteCounts> InsertReadingsAsync(DbConnection connection, DbTransaction transaction, Guid organisationId, Guid? gatewayKeyId,
        List<ValidReading> readings, long receivedAt, CancellationToken ct);

    /// <summary>Rebuilds the profiles of <paramref name="runs"/> from the readings and adds <paramref name="additions"/> to their days' stored profiles.</summary>
    Task WriteDayProfilesAsync(DbConnection connection, DbTransaction transaction, Guid organisationId,
        List<(Guid MeterId, long FirstDay, long LastDay)> runs, List<AddedReading> additions, CancellationToken ct);

    /// <summary>A Guid (a meter's, an organisation's …) as a raw-SQL parameter value, bound the way EF stores it on this provider.</summary>
    object Key(Guid id);
}
