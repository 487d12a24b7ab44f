using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
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
            entries.Add(Entry(audited, action, oldValues, newValues, userId, at));
        }

        return entries;
    }

    /// <summary>
    /// The entry of a created row that is written without the change tracker (the bulk import): the same JSON of every
    /// new value as a tracked create, read from the model's properties.
    /// </summary>
    public static AuditEntry ForCreated(IEntityType type, IAudited row, Guid? userId, DateTimeOffset at)
    {
        var values = type.GetProperties().Where(p => p.FindAnnotation(NotAudited) is null)
            .ToDictionary(p => p.Name, p => p.GetGetter().GetClrValue(row));
        return Entry(row, AuditAction.Create, null, JsonSerializer.Serialize(values, Json), userId, at);
    }

    private static AuditEntry Entry(IAudited audited, AuditAction action, string? oldValues, string? newValues, Guid? userId, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        OrganisationId = audited is ITenantOwned owned ? owned.OrganisationId : audited.Id,
        InventoryYearId = InventoryOf(audited),
        EmissionSourceId = SourceOf(audited),
        EntityType = audited.GetType().Name,
        EntityId = audited.Id,
        Action = action,
        UserId = userId,
        At = at,
        OldValues = oldValues,
        NewValues = newValues,
    };

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
