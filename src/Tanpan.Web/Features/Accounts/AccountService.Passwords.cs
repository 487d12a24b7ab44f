using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Accounts;

public sealed partial class AccountService
{
    /// <summary>
    /// Changes the signed-in user's password: the new one follows the setup rule and is typed twice, and the
    /// current one must be right (a wrong one counts toward lockout, like a wrong sign-in). Saves nothing on error.
    /// </summary>
    public async Task<FieldError?> ChangePasswordAsync(
        Guid userId, string? currentPassword, string? newPassword, string? confirmPassword, CancellationToken cancellationToken)
    {
        if (Passwords.Check(newPassword, "newPassword") is { } tooShort)
        {
            return tooShort;
        }

        if (!string.Equals(newPassword, confirmPassword, StringComparison.Ordinal))
        {
            return new("confirmPassword", "兩次輸入的新密碼不一致。", "The two new passwords do not match.");
        }

        var user = await FindUserAsync(userId, cancellationToken);
        if (!await VerifyAsync(user, currentPassword, cancellationToken))
        {
            return new("currentPassword", "目前的密碼不正確，或帳號暫時鎖定。", "The current password is incorrect, or the account is temporarily locked.");
        }

        passwords.Set(user!, newPassword!);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>True when the password is right and the account open; a wrong password is counted toward lockout.</summary>
    private async Task<bool> VerifyAsync(User? user, string? password, CancellationToken cancellationToken)
    {
        switch (passwords.Verify(user, password ?? ""))
        {
            case PasswordCheck.Right:
                (user!.FailedLoginCount, user.LockoutEnd) = (0, null);
                await db.SaveChangesAsync(cancellationToken);
                return true;
            case PasswordCheck.Wrong when user is not null:
                await CountFailureAsync(user, cancellationToken);
                return false;
            default:
                return false;
        }
    }

    /// <summary>
    /// Counts a wrong password in one UPDATE (count + 1, or lock and start again at the fifth), so parallel
    /// attempts cannot overwrite each other's count. It applies only while <see cref="User.LockoutEnd"/> is
    /// still what this request read: an attempt that raced the one that locked the account is not counted
    /// again, and a lockout is never extended by attempts made during it.
    /// </summary>
    private async Task CountFailureAsync(User user, CancellationToken cancellationToken)
    {
        var seen = user.LockoutEnd;
        DateTimeOffset? lockoutEnd = clock.GetUtcNow() + Passwords.LockoutDuration;
        await db.Users.Where(u => u.Id == user.Id && u.LockoutEnd == seen).ExecuteUpdateAsync(
            s => s.SetProperty(u => u.LockoutEnd, u => u.FailedLoginCount + 1 >= Passwords.MaxFailures ? lockoutEnd : u.LockoutEnd)
                .SetProperty(u => u.FailedLoginCount, u => u.FailedLoginCount + 1 >= Passwords.MaxFailures ? 0 : u.FailedLoginCount + 1),
            cancellationToken);
    }

    /// <summary>Display names of the given users (accounts are global); a removed account is missing.</summary>
    public async Task<Dictionary<Guid, string>> DisplayNamesAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        return await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }
}
