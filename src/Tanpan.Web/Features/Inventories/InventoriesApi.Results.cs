using Microsoft.AspNetCore.Http.HttpResults;

namespace Tanpan.Web.Features.Inventories;

public static partial class InventoriesApi
{
    /// <summary>
    /// The results of Core's calculation over the stored entries with the inventory's pinned factor and GWP sets
    /// (the snapshot taken at locking while locked), served from a cache keyed by the inventory's revision.
    /// Any entry that cannot be calculated makes it 422 with every such entry listed (no partial total).
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetResultsAsync(
        Guid id, InventoryResultsService results, CancellationToken cancellationToken)
    {
        if (await results.GetAsync(id, cancellationToken) is not { } outcome)
        {
            return InventoryProblems.NotFound();
        }

        return outcome.Results.Json is { } json
            ? TypedResults.Bytes(json, "application/json; charset=utf-8")
            : Unprocessable(outcome.Results.Issues);
    }

    internal static ProblemHttpResult Unprocessable(IReadOnlyList<EntryIssue> issues) => TypedResults.Problem(
        title: "部分活動數據無法計算，請修正下列項目。",
        detail: "Some activity entries cannot be calculated; correct the entries listed in 'issues'.",
        statusCode: StatusCodes.Status422UnprocessableEntity,
        extensions: new Dictionary<string, object?> { ["issues"] = issues });
}
