using System.Net;
using Tanpan.Web.Tests.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>Posting a server-rendered form the way a browser does: fetch the page for its antiforgery token, then post the fields.</summary>
internal static class PageForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var content = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryField(page), ["_handler"] = formName };
        return await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(content));
    }

    /// <summary>The response's HTML with entities decoded (Blazor writes Chinese as character references).</summary>
    public static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static string AntiforgeryField(string html) => Antiforgery.Token(html);
}
