using System.Net;
using Tanpan.Web.Tests.Support;

namespace Tanpan.Web.Tests.Features.Inventories.Pages;

/// <summary>Reads pages and posts their forms as a browser would: the antiforgery field from the page, the form's _handler.</summary>
internal static class FlowPages
{
    public static async Task<string> HtmlAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>Posts <paramref name="fields"/> to the form <paramref name="form"/> of the page at <paramref name="path"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string form, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await HtmlAsync(client, path);
        page.ShouldContain($"name=\"_handler\" value=\"{form}\"");
        var body = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", AntiforgeryField(page)), new("_handler", form) };
        body.AddRange(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(body));
    }

    /// <summary>Posts and reads the answer: the page shown again (bad input) or the page redirected to.</summary>
    public static async Task<string> PostHtmlAsync(HttpClient client, string path, string form, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var response = await PostAsync(client, path, form, fields);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        return WebUtility.HtmlDecode(html);
    }

    public static string AntiforgeryField(string html) => Antiforgery.Token(html);

    public static KeyValuePair<string, string> F(string name, string value) => new(name, value);
}
