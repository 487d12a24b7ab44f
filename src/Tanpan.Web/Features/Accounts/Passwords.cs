using Microsoft.AspNetCore.Identity;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Accounts;

/// <summary>Password rules and hashing. Throttling of wrong passwords is <see cref="SignInThrottle"/>'s.</summary>
public sealed class Passwords(IPasswordHasher<User> hasher)
{
    public const int MinimumLength = 12;

    private static readonly User DecoyUser = new() { Email = "decoy@invalid", DisplayName = "" };

    /// <summary>A hash of a random password, verified against when there is no hash to check, so every answer takes as long.</summary>
    private readonly Lazy<string> _decoy = new(() => hasher.HashPassword(DecoyUser, Guid.NewGuid().ToString()));

    public static FieldError? Check(string? password, string field = "password") =>
        password is null || password.Length < MinimumLength
            ? new(field, $"密碼至少需要 {MinimumLength} 個字元。", $"The password must have at least {MinimumLength} characters.")
            : null;

    public void Set(User user, string password) => user.PasswordHash = hasher.HashPassword(user, password);

    /// <summary>
    /// Checks the password against a user's hash (or a decoy, when there is no user or no hash) and replaces a hash in
    /// an outdated format. The hash is always computed, so an unknown address answers as slowly as a wrong password.
    /// </summary>
    public PasswordCheck Verify(User? user, string password)
    {
        if (user?.PasswordHash is not { } hash)
        {
            VerifyDecoy(password);
            return PasswordCheck.Wrong;
        }

        var result = hasher.VerifyHashedPassword(user, hash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            Set(user, password);
        }

        return result == PasswordVerificationResult.Failed ? PasswordCheck.Wrong : PasswordCheck.Right;
    }

    /// <summary>The cost of one verification without a result: for an attempt refused by the throttle.</summary>
    public void VerifyDecoy(string password) => hasher.VerifyHashedPassword(DecoyUser, _decoy.Value, password);
}
