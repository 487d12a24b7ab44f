namespace Tanpan.Web.Data.Entities;

/// <summary>
/// An emission source (a process the factory can meter) tied to one product line: its emissions go to that product
/// alone (direct assignment, the first step of ISO 14044 4.3.4.2), before any allocation by a key.
/// </summary>
public sealed class ProductProcessAssignment : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid ProductId { get; set; }

    public Guid InventoryYearId { get; set; }

    public Guid EmissionSourceId { get; set; }
}
