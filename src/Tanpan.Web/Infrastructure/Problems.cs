using Microsoft.AspNetCore.Http.HttpResults;

namespace Tanpan.Web.Infrastructure;

/// <summary>
/// The API's problem-details results, every one with the Chinese message as title and the English one as detail, so
/// that a client in either language shows the message as it is.
/// </summary>
internal static class Problems
{
    public static ProblemHttpResult Of(int status, string chinese, string english) =>
        TypedResults.Problem(title: chinese, detail: english, statusCode: status);

    public static ValidationProblem Invalid(string field, string chinese, string english) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"{chinese} {english}"] });

    public static ValidationProblem Invalid(FieldError error) => Invalid(error.Field, error.Chinese, error.English);

    public static ProblemHttpResult NotFound() => Of(StatusCodes.Status404NotFound, "找不到資料。", "Not found.");

    /// <summary>403 for a member whose role reads but does not write (<see cref="MemberAccess.CanWrite"/>).</summary>
    public static ProblemHttpResult ReadOnly() => Of(StatusCodes.Status403Forbidden,
        "您的角色只能檢視資料，不能修改。", "Your role can read this organisation's data but not change it.");

    public static ProblemHttpResult Locked() => Of(StatusCodes.Status409Conflict,
        "此盤查年度已鎖定，不能修改；請系統管理員解鎖。", "This inventory is locked and cannot be changed; an administrator can unlock it.");

    public static ProblemHttpResult Conflict(string chinese, string english) => Of(StatusCodes.Status409Conflict, chinese, english);
}
