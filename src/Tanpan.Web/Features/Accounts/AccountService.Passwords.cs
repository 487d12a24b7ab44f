using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Accounts;

public sealed partial class AccountService
{
    /// <summary>
    /// Changes the signed-in user's password: the new one follows the setup rule and is typed twice, and the
    /// current one must be right (a wrong one counts toward the back-off, like a wrong sign-in). Saves nothing on
    /// error, and answers every field at fault at once (issue 15 item 6). Success rotates the security stamp, which
    /// ends every other session (docs/accounts.md).
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> ChangePasswordAsync(
        Guid userId, string? currentPassword, string? newPassword, string? confirmPassword, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (Passwords.Check(newPassword, "newPassword") is { } tooShort)
        {
            errors.Add(tooShort);
        }

        if (!string.Equals(newPassword, confirmPassword, StringComparison.Ordinal))
        {
            errors.Add(new("confirmPassword", "兩次輸入的新密碼不一致。", "The two new passwords do not match."));
        }

        var user = await FindUserAsync(userId, cancellationToken);
        switch (await VerifyAsync(user?.NormalizedEmail ?? "", user, currentPassword, cancellationToken))
        {
            case { RetryAfter: not null } throttled:
                errors.Add(new("currentPassword",
                    $"嘗試次數過多，請於 {throttled.RetryAfterSeconds} 秒後再試。",
                    $"Too many attempts: try again in {throttled.RetryAfterSeconds} seconds."));
                break;
            case { User: null }:
                errors.Add(new("currentPassword", "目前的密碼不正確。", "The current password is incorrect."));
                break;
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        passwords.Set(user!, newPassword!);
        user!.SecurityStamp = User.NewSecurityStamp();
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>
    /// One throttled password check: refused (after a decoy hash, so it takes as long) while the address must wait;
    /// otherwise a wrong password is counted and a right one clears the count.
    /// </summary>
    private async Task<SignInResult> VerifyAsync(string normalizedEmail, User? user, string? password, CancellationToken cancellationToken)
    {
        if (throttle.Admit(normalizedEmail) is { } wait)
        {
            passwords.VerifyDecoy(password ?? "");
            return new(null, wait);
        }

        if (passwords.Verify(user, password ?? "") == PasswordCheck.Wrong)
        {
            throttle.Failed(normalizedEmail);
            return new(null, null);
        }

        throttle.Succeeded(normalizedEmail);
        if (db.Entry(user!).State == EntityState.Modified)
        {
            await db.SaveChangesAsync(cancellationToken); // a hash in an outdated format was replaced
        }

        return new(user, null);
    }

    /// <summary>Display names of the given users (accounts are global); a removed account is missing.</summary>
    public async Task<Dictionary<Guid, string>> DisplayNamesAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        return await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }
}
