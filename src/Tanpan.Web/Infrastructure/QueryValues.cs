using Microsoft.AspNetCore.Http.HttpResults;

namespace Tanpan.Web.Infrastructure;

/// <summary>
/// The ranges query-string values of the API and pages must lie in, checked before they reach arithmetic or a query:
/// a page number far out of range would overflow the row offset (page × page size) and a year outside the window
/// would make a date the calendar cannot hold. Out of range is a 400 naming the range, never a 500.
/// </summary>
public static class QueryValues
{
    /// <summary>Highest page number accepted: with at most 500 rows a page the offset stays far below int.MaxValue.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>The year window of meter data, as for the dashboards' dates (2000–2100).</summary>
    public const int MinYear = 2000;

    public const int MaxYear = 2100;

    public static bool IsPage(int? page) => page is null or (>= 1 and <= MaxPage);

    public static bool IsYear(int? year) => year is null or (>= MinYear and <= MaxYear);

    /// <summary>400 for a page outside 1 to <see cref="MaxPage"/>, else null.</summary>
    public static ProblemHttpResult? Page(int? page) => IsPage(page) ? null : Problems.Of(StatusCodes.Status400BadRequest,
        $"頁碼（page）須為 1 到 {MaxPage:N0} 的整數。", $"The page must be a whole number from 1 to {MaxPage:N0}.");

    /// <summary>400 for a year outside <see cref="MinYear"/> to <see cref="MaxYear"/>, else null.</summary>
    public static ProblemHttpResult? Year(int? year) => IsYear(year) ? null : Problems.Of(StatusCodes.Status400BadRequest,
        $"年度（year）須為 {MinYear} 到 {MaxYear} 的西元年。", $"The year must be from {MinYear} to {MaxYear}.");
}
