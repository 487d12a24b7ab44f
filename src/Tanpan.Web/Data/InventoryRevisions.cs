using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data;

/// <summary>
/// Before a save: gives every inventory whose results the save can change a new
/// <see cref="InventoryYear.Revision"/>, in the same save. That is a change of the inventory itself, of
/// one of its sources or activity entries, or of a facility's name (results are totalled by facility).
/// Inventories not loaded yet are loaded (tracked) first. Cached results are keyed by the revision.
/// </summary>
internal static class InventoryRevisions
{
    /// <summary>Stamps the revisions; with <paramref name="runAsync"/> false every query runs synchronously (for <c>SaveChanges</c>).</summary>
    public static async Task StampAsync(AppDbContext db, IReadOnlyList<EntityEntry> changes, bool runAsync, CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>();
        var renamedFacilities = new List<Guid>();
        foreach (var entry in changes)
        {
            switch (entry.Entity)
            {
                case InventoryYear when entry.State == EntityState.Modified:
                    ids.Add(((InventoryYear)entry.Entity).Id);
                    break;
                case EmissionSource source:
                    ids.Add(source.InventoryYearId);
                    AddOriginal(entry, nameof(EmissionSource.InventoryYearId), ids);
                    break;
                case ActivityEntry activity:
                    ids.Add(activity.InventoryYearId);
                    AddOriginal(entry, nameof(ActivityEntry.InventoryYearId), ids);
                    break;
                case Facility facility when entry.State == EntityState.Modified && entry.Property(nameof(Facility.Name)).IsModified:
                    renamedFacilities.Add(facility.Id);
                    break;
            }
        }

        if (renamedFacilities.Count > 0)
        {
            var affected = db.EmissionSources.Where(s => renamedFacilities.Contains(s.FacilityId)).Select(s => s.InventoryYearId).Distinct();
            ids.UnionWith(runAsync ? await affected.ToListAsync(cancellationToken).ConfigureAwait(false) : [.. affected]);
        }

        var tracked = db.ChangeTracker.Entries<InventoryYear>().ToDictionary(e => e.Entity.Id);
        var missing = ids.Where(id => !tracked.ContainsKey(id)).ToList();
        var years = tracked.Values.Where(e => ids.Contains(e.Entity.Id)).Select(e => e.Entity).ToList();
        if (missing.Count > 0)
        {
            var load = db.InventoryYears.Where(y => missing.Contains(y.Id));
            years.AddRange(runAsync ? await load.ToListAsync(cancellationToken).ConfigureAwait(false) : [.. load]);
        }

        foreach (var year in years)
        {
            if (db.Entry(year).State is EntityState.Unchanged or EntityState.Modified)
            {
                year.Revision = Guid.NewGuid();
            }
        }

        if (ids.Count > 0)
        {
            db.ChangeTracker.DetectChanges();
        }
    }

    private static void AddOriginal(EntityEntry entry, string property, HashSet<Guid> ids)
    {
        if (entry.State is EntityState.Modified or EntityState.Deleted)
        {
            ids.Add((Guid)entry.Property(property).OriginalValue!);
        }
    }
}
