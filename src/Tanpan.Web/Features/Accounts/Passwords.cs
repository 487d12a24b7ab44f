using Microsoft.AspNetCore.Identity;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Accounts;

/// <summary>Password rules, hashing and the lockout counter on <see cref="User"/>.</summary>
public sealed class Passwords(IPasswordHasher<User> hasher, TimeProvider clock)
{
    public const int MinimumLength = 12;

    public const int MaxFailures = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>A hash of a fixed password, verified against when the email is unknown, so both cases take as long.</summary>
    private readonly Lazy<string> _decoy = new(() => hasher.HashPassword(new User { Email = "decoy@invalid", DisplayName = "" }, Guid.NewGuid().ToString()));

    public static FieldError? Check(string? password, string field = "password") =>
        password is null || password.Length < MinimumLength
            ? new(field, $"密碼至少需要 {MinimumLength} 個字元。", $"The password must have at least {MinimumLength} characters.")
            : null;

    public void Set(User user, string password) => user.PasswordHash = hasher.HashPassword(user, password);

    /// <summary>
    /// Checks the password against a user's hash (or a decoy, when there is no user) and replaces a hash in
    /// an outdated format. The failure count and lockout are kept by <see cref="AccountService"/>, in the database.
    /// </summary>
    public PasswordCheck Verify(User? user, string password)
    {
        if (user?.PasswordHash is not { } hash)
        {
            hasher.VerifyHashedPassword(new User { Email = "decoy@invalid", DisplayName = "" }, _decoy.Value, password);
            return PasswordCheck.Wrong;
        }

        if (user.LockoutEnd > clock.GetUtcNow())
        {
            return PasswordCheck.Locked;
        }

        var result = hasher.VerifyHashedPassword(user, hash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            Set(user, password);
        }

        return result == PasswordVerificationResult.Failed ? PasswordCheck.Wrong : PasswordCheck.Right;
    }
}
