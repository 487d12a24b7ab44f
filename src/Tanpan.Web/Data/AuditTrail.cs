using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data;

/// <summary>
/// Turns the pending changes of <see cref="IAudited"/> entities into <see cref="AuditEntry"/> rows:
/// a create keeps every new value, a delete every old value, an update the changed values only.
/// Rows removed by a database-side cascade that were never loaded get no entry of their own; the
/// delete of their parent stands for them.
/// </summary>
internal static class AuditTrail
{
    /// <summary>Annotation on a property the trail leaves out (bookkeeping such as a revision stamp, not a user's change).</summary>
    public const string NotAudited = "Tanpan:NotAudited";

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static List<AuditEntry> For(IEnumerable<EntityEntry> changes, Guid? userId, DateTimeOffset at)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in changes)
        {
            if (entry.Entity is not IAudited audited)
            {
                continue;
            }

            var properties = entry.Properties.Where(p => p.Metadata.FindAnnotation(NotAudited) is null).ToList();
            var changed = properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
            if (entry.State == EntityState.Modified && changed.Count == 0)
            {
                continue;
            }

            var (action, oldValues, newValues) = entry.State switch
            {
                EntityState.Added => (AuditAction.Create, null, ToJson(properties, p => p.CurrentValue)),
                EntityState.Deleted => (AuditAction.Delete, ToJson(properties, p => p.OriginalValue), null),
                _ => (AuditAction.Update, ToJson(changed, p => p.OriginalValue), ToJson(changed, p => p.CurrentValue)),
            };
            entries.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(at),
                OrganisationId = entry.Entity is ITenantOwned owned ? owned.OrganisationId : audited.Id,
                InventoryYearId = InventoryOf(entry.Entity),
                EmissionSourceId = SourceOf(entry.Entity),
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = audited.Id,
                Action = action,
                UserId = userId,
                At = at,
                OldValues = oldValues,
                NewValues = newValues,
            });
        }

        return entries;
    }

    private static Guid? InventoryOf(object entity) => entity switch
    {
        InventoryYear year => year.Id,
        EmissionSource source => source.InventoryYearId,
        ActivityEntry activity => activity.InventoryYearId,
        EvidenceFile evidence => evidence.InventoryYearId,
        Membership membership => membership.InventoryYearId,
        Invitation invitation => invitation.InventoryYearId,
        _ => null,
    };

    private static Guid? SourceOf(object entity) => entity switch
    {
        EmissionSource source => source.Id,
        ActivityEntry activity => activity.EmissionSourceId,
        _ => null,
    };

    private static string ToJson(IEnumerable<PropertyEntry> properties, Func<PropertyEntry, object?> value) =>
        JsonSerializer.Serialize(properties.ToDictionary(p => p.Metadata.Name, value), Json);
}
