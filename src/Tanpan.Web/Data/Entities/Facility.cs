namespace Tanpan.Web.Data.Entities;

/// <summary>A site (廠區) of an organisation.</summary>
public sealed class Facility : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    public string? Address { get; set; }

    /// <summary>工廠登記證號 of this site.</summary>
    public string? FactoryRegistrationNumber { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
