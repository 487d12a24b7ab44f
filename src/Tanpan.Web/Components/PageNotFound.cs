using Microsoft.AspNetCore.Components;

namespace Tanpan.Web.Components;

/// <summary>
/// The one way an inventory page answers 404 for an id that is not the member's to see (another organisation's, none,
/// or out of a verifier's scope). A GET uses <see cref="NavigationManager.NotFound"/>. A form post would still be
/// dispatched to its named form and, finding none, be answered 400; so for a post the status is set here and the page
/// renders <c>MissingTarget</c>, an inert form of the posted name that does nothing. No check runs before the page:
/// the page's own lookup (the API's rules) is the only one.
/// </summary>
internal static class PageNotFound
{
    /// <summary>Answers 404; true when the request is a post, and the page must then render <c>&lt;MissingTarget Show="true" /&gt;</c>.</summary>
    public static bool Answer(HttpContext context, NavigationManager nav)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(nav);
        if (HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return true;
        }

        nav.NotFound();
        return false;
    }
}
