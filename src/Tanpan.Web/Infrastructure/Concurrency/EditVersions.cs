using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Infrastructure.Concurrency;

/// <summary>
/// HTTP conditional requests over <see cref="IVersioned.RowVersion"/> (RFC 9110 §8.8.3, §13.1; docs/api.md "Versions
/// and lost updates"): the ETag is the version in quotes (<c>"3"</c>), a strong validator; If-Match on PUT/PATCH/DELETE
/// must name it or the write is refused with 412 and the current representation; If-None-Match on GET answers 304.
/// </summary>
public static class EditVersions
{
    private const string FormVersionKey = "Tanpan:FormVersion";

    public static string ETagOf(int version) => $"\"{version}\"";

    /// <summary>
    /// For a page form: the version its hidden field carried, checked by the API handler the page calls as If-Match would
    /// be (a stale form gets the handler's 412, which the page shows as 409 with both versions).
    /// </summary>
    public static void ExpectVersion(this HttpContext http, int version)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Items[FormVersionKey] = version;
    }

    /// <summary>Sets the response's ETag to the row's version.</summary>
    public static void Tag(this HttpContext http, IVersioned row)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(row);
        http.Response.Headers.ETag = ETagOf(row.RowVersion);
    }

    /// <summary>
    /// True when the request carries If-Match and no tag in it is the row's version by strong comparison (a weak tag
    /// never matches, RFC 9110 §13.1.1); <c>*</c> matches any existing row. Without If-Match the write proceeds.
    /// </summary>
    public static bool IsStale(this HttpContext http, IVersioned row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return http.IsStale(row.RowVersion);
    }

    /// <summary><see cref="IsStale(HttpContext, IVersioned)"/> for a row whose version is kept under another name (a tariff plan's <c>Version</c>).</summary>
    public static bool IsStale(this HttpContext http, int version)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Items.TryGetValue(FormVersionKey, out var seen) && seen is int formVersion)
        {
            return formVersion != version;
        }

        var ifMatch = http.Request.GetTypedHeaders().IfMatch;
        if (ifMatch.Count == 0)
        {
            return false;
        }

        var current = new EntityTagHeaderValue(ETagOf(version));
        return !ifMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: true));
    }

    /// <summary>
    /// 412 Precondition Failed: the row changed since the version the writer named. The problem carries the current
    /// representation (<c>current</c>), its ETag (<c>currentETag</c>, also the response's ETag header) and who changed it
    /// last and when (<c>changedBy</c>, <c>changedAt</c> with the organisation's UTC offset), so a client can show both
    /// versions and reapply on top of the current one.
    /// </summary>
    public static async Task<ProblemHttpResult> StaleAsync(HttpContext http, AppDbContext db, IVersioned row, object current,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Stale(http, row.RowVersion, current, await LastChange.OfAsync(db, row, cancellationToken));
    }

    /// <summary>The 412 of <see cref="StaleAsync"/> for a version and a last change the caller found itself.</summary>
    public static ProblemHttpResult Stale(HttpContext http, int version, object current, LastChange? last)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.ETag = ETagOf(version);
        var (chinese, english) = Message(last);
        return TypedResults.Problem(title: chinese, detail: english,
            statusCode: StatusCodes.Status412PreconditionFailed,
            extensions: new Dictionary<string, object?>
            {
                ["current"] = current,
                ["currentETag"] = ETagOf(version),
                ["changedBy"] = last?.By,
                ["changedAt"] = last?.LocalAt,
            });
    }

    /// <summary>"Changed by whom and when after you read it", in Chinese and English, for the API and the pages.</summary>
    public static (string Chinese, string English) Message(LastChange? last)
    {
        if (last is null)
        {
            return ("這筆資料在您讀取之後已被修改；請檢視目前的內容，再重新套用您的變更。",
                "This was changed after you read it; review the current version, then apply your change again.");
        }

        var when = last.LocalAt.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        return ($"這筆資料在您讀取之後已由「{last.By ?? "系統"}」於 {when}（臺北時間）修改；請檢視目前的內容，再重新套用您的變更。",
            $"This was changed by {last.By ?? "the system"} at {when} (Taipei time) after you read it; review the current version, then apply your change again.");
    }

    /// <summary>
    /// Saves; when the row changed between reading it and saving (EF's concurrency token matched no row), reloads it and
    /// answers 412 as <see cref="StaleAsync"/>, or 404 if it was deleted. Null when saved.
    /// </summary>
    public static async Task<ProblemHttpResult?> SaveAsync<T>(HttpContext http, AppDbContext db, T row, Func<T, object> current,
        CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(current);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var fresh = await db.Set<T>().SingleOrDefaultAsync(r => r.Id == row.Id, cancellationToken);
            return fresh is null
                ? Problems.NotFound()
                : await StaleAsync(http, db, fresh, current(fresh), cancellationToken);
        }
    }

    /// <summary>An endpoint filter for GET routes that set an ETag: 304 Not Modified when If-None-Match names it (weak comparison).</summary>
    public static async ValueTask<object?> ConditionalGetAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
        var http = context.HttpContext;
        if (http.Response.StatusCode == StatusCodes.Status200OK && EntityTagHeaderValue.TryParse(http.Response.Headers.ETag.ToString(), out var tag)
            && http.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return result;
    }
}
