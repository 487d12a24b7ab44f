namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A row that belongs to one organisation (the tenant). <see cref="AppDbContext"/> filters every query
/// on it by the current organisation and refuses to save one for another organisation.
/// </summary>
public interface ITenantOwned
{
    Guid OrganisationId { get; set; }
}
