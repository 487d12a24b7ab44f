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

    public int FailedLoginCount { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }

    public bool IsAdministrator { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
