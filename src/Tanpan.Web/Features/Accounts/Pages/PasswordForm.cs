namespace Tanpan.Web.Features.Accounts.Pages;

/// <summary>The change-password form; <see cref="AccountService.ChangePasswordAsync"/> checks every rule. Never sent back.</summary>
public sealed class PasswordForm
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }
}
