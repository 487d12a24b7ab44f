using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Planning;

/// <summary>The planning API's 404s, Chinese title and English detail like every problem of the API.</summary>
internal static class PlanningProblems
{
    public static ProblemHttpResult MeasureNotFound(string? id) => Problems.Of(StatusCodes.Status404NotFound,
        $"沒有「{id}」這項減量措施。", $"There is no measure '{id}'.");

    public static ProblemHttpResult CaseNotFound(string? id) => Problems.Of(StatusCodes.Status404NotFound,
        $"案例庫沒有「{id}」。", $"There is no case '{id}' in the library.");
}
