using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Tanpan.Web.Tests.Support;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>Reads the server-rendered results pages (their markup is regular enough for patterns; no HTML parser is available).</summary>
internal static partial class ResultsHtml
{
    public static async Task<string> GetAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, html);
        return WebUtility.HtmlDecode(html); // Blazor writes non-ASCII text as character references
    }

    /// <summary>Values of <paramref name="attribute"/> on elements whose opening tag matches <paramref name="tag"/> (e.g. <c>rect class="bar"</c>).</summary>
    public static List<string> Attributes(string html, string tag, string attribute) =>
        [.. Regex.Matches(html, $"<{tag}[^>]*?\\s{attribute}=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    public static List<decimal> Decimals(string html, string tag, string attribute) =>
        [.. Attributes(html, tag, attribute).Select(v => decimal.Parse(v, CultureInfo.InvariantCulture))];

    public static string AntiforgeryToken(string html) => Antiforgery.Token(html);

    public static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
