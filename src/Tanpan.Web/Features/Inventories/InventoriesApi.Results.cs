using System.Globalization;
using Tanpan.Web.Infrastructure;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Tanpan.Web.Features.Inventories;

public static partial class InventoriesApi
{
    /// <summary>The most row traces one page of <c>GET …/results/rows</c> may ask for.</summary>
    public const int MaxRowsPageSize = 500;

    /// <summary>The page size of <c>GET …/results/rows</c> when none is asked for.</summary>
    public const int DefaultRowsPageSize = 100;

    /// <summary>
    /// The results of Core's calculation over the stored entries with the inventory's pinned factor and GWP sets
    /// (the snapshot taken at locking while locked), served from a cache keyed by the inventory's revision: totals,
    /// per-source results, factors and the number of rows, without the row traces (<see cref="GetResultRowsAsync"/>).
    /// The cached UTF-8 JSON is written as it is, with the revision as <c>ETag</c> (304 on a matching
    /// <c>If-None-Match</c>). Any entry that cannot be calculated makes it 422 with every such entry listed (no partial total).
    /// </summary>
    public static async Task<IResult> GetResultsAsync(
        Guid id, HttpContext context, InventoryResultsService results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (await results.HeadAsync(id, cancellationToken) is not { } head)
        {
            return Problems.NotFound();
        }

        if (NotModified(context, head) is { } notModified)
        {
            return notModified;
        }

        var cached = await results.ResultsAsync(head, cancellationToken);
        return cached.SummaryJson is { } json
            ? new CachedJsonResult(ETag(head), json, ReadOnlyMemory<byte>.Empty, ReadOnlyMemory<byte>.Empty, ReadOnlyMemory<byte>.Empty)
            : Unprocessable(cached.Issues);
    }

    /// <summary>
    /// One page of the results' row traces (in the calculation's order, by entry id): <c>page</c> from 1,
    /// <c>pageSize</c> 1–500 (default 100); a page after the last has no rows. The rows are a slice of the cached
    /// JSON, written as they are, with the same <c>ETag</c> as the results (the revision). 422 as for the results.
    /// </summary>
    public static async Task<IResult> GetResultRowsAsync(
        Guid id, int? page, int? pageSize, HttpContext context, InventoryResultsService results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var errors = new FieldErrors();
        if (page is < 1 or > QueryValues.MaxPage)
        {
            errors.Add("page", $"頁碼須為 1 到 {QueryValues.MaxPage:N0} 的整數。", $"The page must be a whole number from 1 to {QueryValues.MaxPage:N0}.");
        }

        if (pageSize is < 1 or > MaxRowsPageSize)
        {
            errors.Add("pageSize", $"每頁筆數須為 1 到 {MaxRowsPageSize} 的整數。", $"The page size must be a whole number from 1 to {MaxRowsPageSize}.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        if (await results.HeadAsync(id, cancellationToken) is not { } head)
        {
            return Problems.NotFound();
        }

        if (NotModified(context, head) is { } notModified)
        {
            return notModified;
        }

        var cached = await results.ResultsAsync(head, cancellationToken);
        if (cached.SummaryJson is null)
        {
            return Unprocessable(cached.Issues);
        }

        var (number, size) = (page ?? 1, pageSize ?? DefaultRowsPageSize);
        var first = (long)(number - 1) * size;
        var rows = first >= cached.RowCount ? ReadOnlyMemory<byte>.Empty : cached.RowsJson((int)first, size);
        var pages = (cached.RowCount + size - 1) / size;
        var prefix = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{{\"page\":{number},\"pageSize\":{size},\"totalRows\":{cached.RowCount},\"totalPages\":{pages},\"rows\":["));
        return new CachedJsonResult(ETag(head), prefix, rows, "]}"u8.ToArray(), ReadOnlyMemory<byte>.Empty);
    }

    internal static ProblemHttpResult Unprocessable(IReadOnlyList<EntryIssue> issues) => TypedResults.Problem(
        title: "部分活動數據無法計算，請修正下列項目。",
        detail: "Some activity entries cannot be calculated; correct the entries listed in 'issues'.",
        statusCode: StatusCodes.Status422UnprocessableEntity,
        extensions: new Dictionary<string, object?> { ["issues"] = issues });

    /// <summary>
    /// The results' entity tag: the inventory's revision, which every change renews (locking too, so a snapshot
    /// never shares a tag with the calculation it replaced).
    /// </summary>
    private static string ETag(InventoryHead head) => $"\"{head.Revision:N}\"";

    private static CachedJsonResult? NotModified(HttpContext context, InventoryHead head)
    {
        var tag = ETag(head);
        foreach (var value in context.Request.Headers.IfNoneMatch)
        {
            if (value is null)
            {
                continue;
            }

            foreach (var candidate in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" matches "x".
                if (candidate == "*" || candidate == tag || candidate == "W/" + tag)
                {
                    return new CachedJsonResult(tag, null, default, default, default);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Writes cached UTF-8 JSON as it is (no serialisation per request): up to four byte ranges one after the other,
    /// with an <c>ETag</c>; with no body at all it is a 304.
    /// </summary>
    private sealed class CachedJsonResult(string etag, ReadOnlyMemory<byte>? first, ReadOnlyMemory<byte> second, ReadOnlyMemory<byte> third, ReadOnlyMemory<byte> fourth)
        : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => first is null ? StatusCodes.Status304NotModified : StatusCodes.Status200OK;

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.Headers.ETag = etag;
            response.Headers.CacheControl = "private, no-cache";
            if (first is not { } body)
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = body.Length + second.Length + third.Length + fourth.Length;
            var writer = response.BodyWriter;
            foreach (var part in (ReadOnlyMemory<byte>[])[body, second, third, fourth])
            {
                if (!part.IsEmpty)
                {
                    await writer.WriteAsync(part, httpContext.RequestAborted);
                }
            }
        }
    }
}
