namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One create, update or delete of an audited row, written by <see cref="AppDbContext"/> in the same
/// transaction as the change. No foreign keys: the history outlives the rows and users it names.
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>The inventory the row belongs to, when it belongs to one.</summary>
    public Guid? InventoryYearId { get; set; }

    /// <summary>The emission source the row is or belongs to (a source, or an activity entry of it), if any.</summary>
    public Guid? EmissionSourceId { get; set; }

    /// <summary>The entity's CLR name, e.g. <c>ActivityEntry</c>.</summary>
    public required string EntityType { get; set; }

    public Guid EntityId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>Who made the change; null for the system.</summary>
    public Guid? UserId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>JSON object of scalar values before the change: all of them for a delete, the changed ones for an update.</summary>
    public string? OldValues { get; set; }

    /// <summary>JSON object of scalar values after the change: all of them for a create, the changed ones for an update.</summary>
    public string? NewValues { get; set; }
}
