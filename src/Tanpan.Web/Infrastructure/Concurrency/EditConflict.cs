using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Tanpan.Web.Infrastructure.Concurrency;

/// <summary>
/// A page form's stale save, read from the API handler's 412 (<see cref="EditVersions.StaleAsync"/>): the current
/// representation, its version (the form's hidden field for reapplying) and who changed it last.
/// </summary>
public sealed record EditConflict(object Current, int CurrentVersion, LastChange? Last)
{
    /// <summary>The conflict of a handler's answer, or null when it is not a 412.</summary>
    public static EditConflict? Of(IResult result)
    {
        if (result is not ProblemHttpResult { StatusCode: StatusCodes.Status412PreconditionFailed } problem)
        {
            return null;
        }

        var extensions = problem.ProblemDetails.Extensions;
        var version = int.Parse(((string)extensions["currentETag"]!).Trim('"'), CultureInfo.InvariantCulture);
        var last = extensions["changedAt"] is DateTimeOffset at ? new LastChange((string?)extensions["changedBy"], at) : null;
        return new EditConflict(extensions["current"]!, version, last);
    }

    /// <summary>The current representation as <typeparamref name="T"/>.</summary>
    public T CurrentAs<T>() => (T)Current;
}
