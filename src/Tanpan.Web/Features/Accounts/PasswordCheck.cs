namespace Tanpan.Web.Features.Accounts;

/// <summary>What <see cref="Passwords.Verify"/> found; callers answer <see cref="Wrong"/> and <see cref="Locked"/> alike.</summary>
public enum PasswordCheck
{
    Right,
    Wrong,
    Locked,
}
