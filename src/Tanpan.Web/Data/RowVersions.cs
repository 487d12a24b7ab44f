using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data;

/// <summary>
/// The optimistic-concurrency version of <see cref="IVersioned"/> rows (docs/decisions/0010-optimistic-concurrency.md):
/// an integer column, the same on SQLite and PostgreSQL, configured as a concurrency token and raised by one before
/// a save that changes any value the audit trail records. Bookkeeping (<see cref="AuditTrail.NotAudited"/>, such as an
/// inventory's results revision) does not raise it, so entering data does not make an open inventory form stale.
/// </summary>
internal static class RowVersions
{
    public const string Column = nameof(IVersioned.RowVersion);

    /// <summary>Makes <see cref="IVersioned.RowVersion"/> a concurrency token, left out of the audit trail.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        foreach (var type in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            var property = type.FindProperty(Column)!;
            property.IsConcurrencyToken = true;
            property.SetAnnotation(AuditTrail.NotAudited, true);
        }
    }

    /// <summary>Raises the version of every changed versioned row by one (from the version it was read at).</summary>
    public static void Raise(IEnumerable<EntityEntry> changes)
    {
        foreach (var entry in changes.Where(e => e.State == EntityState.Modified && e.Entity is IVersioned))
        {
            var version = entry.Property(Column);
            if (version.IsModified && !Equals(version.OriginalValue, version.CurrentValue))
            {
                continue; // already raised in this unit of work (a second SaveChanges after a failed one)
            }

            if (entry.Properties.Any(p => p.IsModified && p.Metadata.FindAnnotation(AuditTrail.NotAudited) is null && !Equals(p.OriginalValue, p.CurrentValue)))
            {
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }
    }
}
