namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A process of one facility (the register's 製程, else its 設備) that serves one product line, in one inventory year:
/// every emission source of that facility with that process name goes to the product alone (direct assignment, the
/// first step of ISO 14044:2006 §4.3.4.2), before anything is allocated by a key.
/// </summary>
public sealed class ProductProcessAssignment : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid ProductId { get; set; }

    public Guid InventoryYearId { get; set; }

    public Guid FacilityId { get; set; }

    /// <summary>The process name as the register writes it (compared ignoring case, width and spacing).</summary>
    public required string Process { get; set; }
}
