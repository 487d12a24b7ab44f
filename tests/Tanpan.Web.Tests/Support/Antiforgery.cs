namespace Tanpan.Web.Tests.Support;

/// <summary>The antiforgery field a Blazor form renders, read from the page's HTML as a browser would post it back.</summary>
internal static class Antiforgery
{
    public const string FieldName = "__RequestVerificationToken";

    public static string Token(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        const string marker = "name=\"" + FieldName + "\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, "the page has no form with an antiforgery field");
        start += marker.Length;
        return html[start..html.IndexOf('"', start)];
    }
}
