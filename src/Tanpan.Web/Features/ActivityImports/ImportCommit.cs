using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.ActivityImports;

/// <summary>
/// Saves an import plan in ONE transaction, fast enough for 100,000 rows: new facilities and changed entries go
/// through <c>SaveChanges</c> (tenant guard, audit trail, revision stamp as for any edit); the many new sources and
/// entries are written by <see cref="BulkInsert"/> in batches, each row with the same create entry in the audit trail
/// that <c>SaveChanges</c> would have written, and the inventory gets a new revision. A failure anywhere rolls the
/// whole transaction back: nothing of the file is saved.
/// </summary>
internal static class ImportCommit
{
    /// <summary>Entries written between two progress reports.</summary>
    private const int Batch = 5000;

    /// <param name="progress">Called with the rows of the file dealt with so far (changes and unchanged rows first, then each batch of new entries).</param>
    public static async Task SaveAsync(
        AppDbContext db, Guid organisationId, Guid? userId, DateTimeOffset at, InventoryYear year, ImportPlan plan,
        Action<int>? progress, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Facilities.AddRange(plan.NewFacilities);
        db.ActivityEntries.RemoveRange(plan.Removals);   // the stored entries the user chose to replace, each audited
        foreach (var (entry, amount, unit, dataSource, note) in plan.Changes)
        {
            db.ActivityEntries.Attach(entry);
            (entry.Amount, entry.Unit, entry.DataSourceMethod, entry.Note) = (amount, unit, dataSource, note);
        }

        if (plan.NewSources.Count > 0 || plan.NewEntries.Count > 0 || plan.Removals.Count > 0)
        {
            year.Revision = Guid.NewGuid(); // the bulk rows bypass the stamp of SaveChanges
        }

        await db.SaveChangesAsync(cancellationToken);
        var done = plan.Changes.Count + plan.Unchanged;
        progress?.Invoke(done);

        await InsertAuditedAsync(db, plan.NewSources, organisationId, userId, at, cancellationToken);
        for (var start = 0; start < plan.NewEntries.Count; start += Batch)
        {
            var batch = plan.NewEntries.GetRange(start, Math.Min(Batch, plan.NewEntries.Count - start));
            await InsertAuditedAsync(db, batch, organisationId, userId, at, cancellationToken);
            done += batch.Count;
            progress?.Invoke(done);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task InsertAuditedAsync<T>(
        AppDbContext db, IReadOnlyList<T> rows, Guid organisationId, Guid? userId, DateTimeOffset at, CancellationToken cancellationToken)
        where T : class, ITenantOwned, IAudited
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        var audit = new List<AuditEntry>(rows.Count);
        foreach (var row in rows)
        {
            if (row.OrganisationId == Guid.Empty)
            {
                row.OrganisationId = organisationId;
            }

            if (row.OrganisationId != organisationId)
            {
                throw new CrossTenantWriteException($"Cannot save {typeof(T).Name} of organisation {row.OrganisationId} while organisation {organisationId} is current.");
            }

            audit.Add(AuditTrail.ForCreated(type, row, userId, at));
        }

        await BulkInsert.InsertAsync(db, rows, cancellationToken);
        await BulkInsert.InsertAsync(db, audit, cancellationToken);
    }
}
