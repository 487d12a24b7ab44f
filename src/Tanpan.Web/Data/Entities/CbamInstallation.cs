namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A CBAM installation (Regulation (EU) 2023/956 Art. 3(31): a stationary unit where a production process is carried out):
/// one of the organisation's facilities, or part of one, under the name the EU importer will see.
/// </summary>
public sealed class CbamInstallation : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>The facility of the inventory whose emissions the installation's goods are attributed from.</summary>
    public Guid FacilityId { get; set; }

    /// <summary>The installation's name in the communication template (A_InstData), usually in English.</summary>
    public required string Name { get; set; }

    /// <summary>UN/LOCODE of the installation's location (e.g. TWKHH), when known.</summary>
    public string? UnLocode { get; set; }

    /// <summary>The installation's address in English for the template; the facility's address when empty.</summary>
    public string? AddressEn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int RowVersion { get; set; }
}
