using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Time;
using Tanpan.Web.Components;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Infrastructure.Concurrency;

/// <summary>Who last changed a row and when, read from the audit trail; <see cref="By"/> is null for the system.</summary>
/// <param name="By">The display name of the user who made the change, or null (the system, or an account since deleted).</param>
/// <param name="At">When, in UTC.</param>
public sealed record LastChange(string? By, DateTimeOffset At)
{
    /// <summary>The time in the organisation's time zone (Asia/Taipei: organisations have no zone of their own yet).</summary>
    public DateTimeOffset LocalAt => TaipeiTime.Of(At);

    /// <summary>The newest audit entry of <paramref name="row"/>, or null when the trail has none (rows written before audit).</summary>
    public static async Task<LastChange?> OfAsync(AppDbContext db, IVersioned row, CancellationToken cancellationToken)
    {
        var type = row.GetType().Name;
        // Loaded and ordered here: SQLite cannot ORDER BY a DateTimeOffset, and a row has few entries.
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == type && a.EntityId == row.Id)
            .Select(a => new { a.UserId, a.At, a.Id }).ToListAsync(cancellationToken);
        if (entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).FirstOrDefault() is not { } last)
        {
            return null;
        }

        var name = last.UserId is Guid userId
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new LastChange(name, last.At);
    }
}
