namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>A facility (廠區) as typed.</summary>
public sealed class FacilityForm
{
    public string? Name { get; set; }

    /// <summary>The facility's version when the form was opened; a save from an older one is refused with 409.</summary>
    public string? Version { get; set; }

    public string? Address { get; set; }

    public string? FactoryRegistrationNumber { get; set; }

    public FacilityRequest ToRequest() => new(Name, Address, FactoryRegistrationNumber);
}
