using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Members;

/// <summary>A result of <see cref="MemberService"/>: the value, or a problem (403, 404, 409), or the fields at fault.</summary>
public sealed record MemberOutcome<T>(T? Value, ProblemHttpResult? Problem, IReadOnlyList<FieldError> Errors)
    where T : class
{
    /// <summary>The validation problem the API answers: every field at once, each message in both languages.</summary>
    public ValidationProblem ToValidationProblem() => TypedResults.ValidationProblem(
        Errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => $"{e.Chinese} {e.English}").ToArray(), StringComparer.Ordinal));
}

/// <summary>Factories of <see cref="MemberOutcome{T}"/>.</summary>
public static class MemberOutcome
{
    public static MemberOutcome<T> Of<T>(T value) where T : class => new(value, null, []);

    public static MemberOutcome<T> Refused<T>(ProblemHttpResult problem) where T : class => new(null, problem, []);

    public static MemberOutcome<T> Invalid<T>(IReadOnlyList<FieldError> errors) where T : class => new(null, null, errors);
}
