namespace Tanpan.Web.Features.Accounts;

/// <summary>What <see cref="Passwords.Verify"/> found.</summary>
public enum PasswordCheck
{
    Right,
    Wrong,
}
