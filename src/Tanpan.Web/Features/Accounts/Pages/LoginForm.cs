using System.ComponentModel.DataAnnotations;
using Tanpan.Web.Components;

namespace Tanpan.Web.Features.Accounts.Pages;

public sealed class LoginForm
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.EmailRequired))]
    public string? Email { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.PasswordRequired))]
    public string? Password { get; set; }
}
