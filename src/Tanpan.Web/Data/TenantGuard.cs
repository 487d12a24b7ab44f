using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data;

/// <summary>
/// Before a save: gives added tenant-owned rows without an organisation the current one, and refuses
/// any added, changed or deleted row (or <see cref="Organisation"/>) of another organisation.
/// </summary>
internal static class TenantGuard
{
    public static void Check(IEnumerable<EntityEntry> changes, Guid? current)
    {
        foreach (var entry in changes)
        {
            var tenantProperty = entry.Entity switch
            {
                ITenantOwned => entry.Property(nameof(ITenantOwned.OrganisationId)),
                Organisation => entry.Property(nameof(Organisation.Id)),
                _ => null,
            };
            if (tenantProperty is null)
            {
                continue;
            }

            var type = entry.Metadata.ClrType.Name;
            if (current is not Guid organisationId)
            {
                throw new CrossTenantWriteException($"Cannot save {type}: no organisation is current.");
            }

            // An unset organisation id that is part of a key holds a temporary value until saved.
            if (entry.State == EntityState.Added && (tenantProperty.IsTemporary || (Guid)tenantProperty.CurrentValue! == Guid.Empty))
            {
                tenantProperty.CurrentValue = organisationId;
            }

            var owner = (Guid)tenantProperty.CurrentValue!;
            var originalOwner = entry.State == EntityState.Added ? owner : (Guid)tenantProperty.OriginalValue!;
            if (owner != organisationId || originalOwner != organisationId)
            {
                throw new CrossTenantWriteException(
                    $"Cannot save {type} of organisation {originalOwner} while organisation {organisationId} is current.");
            }
        }
    }
}
