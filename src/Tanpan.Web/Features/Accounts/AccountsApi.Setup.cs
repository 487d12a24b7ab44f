using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Accounts;

public static partial class AccountsApi
{
    public static async Task<Ok<SetupStatus>> GetSetupStatusAsync(AppDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(new SetupStatus(!await db.Users.AnyAsync(cancellationToken)));

    /// <summary>Creates the first administrator; refused (409) once any account exists. There is no default password.</summary>
    public static async Task<Results<Created<UserSummary>, ValidationProblem, ProblemHttpResult>> SetUpAsync(
        SetupRequest request, AppDbContext db, Passwords passwords, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return Problems.Of(StatusCodes.Status409Conflict, "系統已完成初始設定。", "Setup is already done: an account exists.");
        }

        if ((ValidateAccount(request.Email, request.DisplayName) ?? Passwords.Validate(request.Password)) is { } invalid)
        {
            return invalid;
        }

        var user = new User
        {
            Id = Guid.CreateVersion7(),
            Email = request.Email!,
            DisplayName = request.DisplayName!.Trim(),
            IsAdministrator = true,
            CreatedAt = clock.GetUtcNow(),
        };
        passwords.Set(user, request.Password!);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created("/api/v1/me", Summary(user));
    }

    private static ValidationProblem? ValidateAccount(string? email, string? displayName)
    {
        var at = email?.Trim().IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (email is null || at <= 0 || at == email.Trim().Length - 1 || email.Trim().Length > 256)
        {
            return Problems.Invalid("email", "請輸入有效的電子郵件地址。", "Enter a valid email address.");
        }

        return string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > 100
            ? Problems.Invalid("displayName", "請輸入顯示名稱（最多 100 字）。", "Enter a display name (at most 100 characters).")
            : null;
    }

    private static UserSummary Summary(User user) => new(user.Id, user.Email, user.DisplayName, user.IsAdministrator);
}
