using System.Net;
using System.Text.Json;

namespace Tanpan.Web.Tests.Features.Inventories;

internal static class Validation
{
    /// <summary>The field errors of a 400 validation problem.</summary>
    public static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        using var problem = JsonDocument.Parse(body);
        return problem.RootElement.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());
    }
}
