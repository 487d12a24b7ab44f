using System.ComponentModel.DataAnnotations;
using Tanpan.Web.Components;

namespace Tanpan.Web.Features.Home.Pages;

/// <summary>A new organisation, as typed on the home page by an administrator.</summary>
public sealed class OrganisationForm
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.OrganisationNameRequired))]
    [StringLength(200, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.OrganisationNameRequired))]
    public string? Name { get; set; }

    [RegularExpression("^[0-9]{8}$", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.TaxIdInvalid))]
    public string? TaxId { get; set; }
}
