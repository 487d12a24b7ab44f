using System.ComponentModel.DataAnnotations;
using Tanpan.Web.Components;

namespace Tanpan.Web.Features.Accounts.Pages;

/// <summary>The first administrator, as typed on <c>/setup</c>; <see cref="AccountService"/> checks the same rules again.</summary>
public sealed class SetupForm
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.EmailRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.EmailInvalid))]
    [StringLength(256, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.EmailInvalid))]
    public string? Email { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.DisplayNameRequired))]
    [StringLength(100, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.DisplayNameRequired))]
    public string? DisplayName { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.PasswordTooShort))]
    [MinLength(Passwords.MinimumLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.PasswordTooShort))]
    public string? Password { get; set; }
}
