namespace Tanpan.Web.Data.Entities;

/// <summary>A person who signs in. Not tenant-owned: one user can belong to many organisations.</summary>
public sealed class User
{
    private string _email = "";

    public Guid Id { get; set; }

    /// <summary>The address as typed; setting it also sets <see cref="NormalizedEmail"/>.</summary>
    public required string Email
    {
        get => _email;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _email = value.Trim();
            NormalizedEmail = _email.ToUpperInvariant();
        }
    }

    /// <summary>Upper-cased address, unique: two accounts cannot differ only by letter case.</summary>
    public string NormalizedEmail { get; private set; } = "";

    public required string DisplayName { get; set; }

    /// <summary>Hash from ASP.NET Core's PasswordHasher; null until the user sets a password.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>
    /// A random value every session cookie carries and every request compares; a new one (sign-out, password change)
    /// ends every cookie issued before it. Empty for accounts created before stamps existed.
    /// </summary>
    public string SecurityStamp { get; set; } = NewSecurityStamp();

    public bool IsAdministrator { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public static string NewSecurityStamp() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
