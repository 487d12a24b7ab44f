using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Accounts;

public static partial class AccountsApi
{
    public static async Task<Ok<SetupStatus>> GetSetupStatusAsync(AccountService accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(new SetupStatus(await accounts.SetupRequiredAsync(cancellationToken)));

    /// <summary>Creates the first administrator; refused (409) once any account exists. There is no default password.</summary>
    public static async Task<Results<Created<UserSummary>, ValidationProblem, ProblemHttpResult>> SetUpAsync(
        SetupRequest request, AccountService accounts, CancellationToken cancellationToken)
    {
        var outcome = await accounts.SetUpAsync(request.Email, request.DisplayName, request.Password, cancellationToken);
        return outcome switch
        {
            { AlreadyDone: true } => Problems.Of(StatusCodes.Status409Conflict, "系統已完成初始設定。", "Setup is already done: an account exists."),
            { Error: { } error } => Problems.Invalid(error),
            _ => TypedResults.Created("/api/v1/me", Summary(outcome.User!)),
        };
    }

    private static UserSummary Summary(User user) => new(user.Id, user.Email, user.DisplayName, user.IsAdministrator);
}
