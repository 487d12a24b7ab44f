namespace Tanpan.Web.Features.Cbam.Pages;

/// <summary>An installation as typed on its form.</summary>
public sealed class InstallationForm
{
    public string? FacilityId { get; set; }

    public string? Name { get; set; }

    public string? UnLocode { get; set; }

    public string? AddressEn { get; set; }

    public string? RowVersion { get; set; }
}
