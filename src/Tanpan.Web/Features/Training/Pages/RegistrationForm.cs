namespace Tanpan.Web.Features.Training.Pages;

/// <summary>A registration as typed on the public page.</summary>
public sealed class RegistrationForm
{
    public string? CompanyName { get; set; }

    public string? TaxId { get; set; }

    public string? PersonName { get; set; }

    public string? JobTitle { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
