using System.Net;
using System.Text.RegularExpressions;
using static Tanpan.Web.Tests.Features.Inventories.Pages.FlowPages;

namespace Tanpan.Web.Tests.Features.FirstAnswer;

/// <summary>Posts the first-answer form as a browser does (the page's antiforgery token) and reads the answer.</summary>
internal static partial class FirstAnswerPage
{
    public const string PagePath = "/first-answer";

    /// <summary>Presses 計算 with the fields given (names without the <c>Input.</c> prefix).</summary>
    public static Task<string> CalculateAsync(HttpClient client, params (string Field, string Value)[] fields) =>
        PostHtmlAsync(client, PagePath, "first-answer", Fields(fields, "calculate"));

    /// <summary>Presses 建立盤查 with the fields given; the answer is the page (refused) or the page redirected to.</summary>
    public static Task<HttpResponseMessage> ConvertAsync(HttpClient client, params (string Field, string Value)[] fields) =>
        PostAsync(client, PagePath, "first-answer", Fields(fields, "convert"));

    /// <summary>The total of the answer, t CO₂e as the page prints it (zh-TW or en, invariant digits with grouping).</summary>
    public static decimal Total(string html)
    {
        var match = TotalText().Match(html);
        match.Success.ShouldBeTrue(html);
        return decimal.Parse(match.Groups[1].Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The message shown under a field (its <c>id</c>-error paragraph), or null.</summary>
    public static string? FieldError(string html, string id)
    {
        var match = Regex.Match(html, $"<p class=\"validation-message\" id=\"{Regex.Escape(id)}-error\">([^<]*)</p>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>Every field of the form, as a browser posts it (empty ones too), with the values given.</summary>
    private static List<KeyValuePair<string, string>> Fields((string Field, string Value)[] fields, string intent)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Year"] = "", ["FacilityName"] = "", ["ElectricityYear"] = "", ["DieselVehicles"] = "", ["DieselEquipment"] = "", ["Gasoline"] = "",
            ["NaturalGas"] = "", ["NaturalGasUnit"] = "度", ["Lpg"] = "",
        };
        for (var i = 0; i < 12; i++)
        {
            all[$"Months[{i}]"] = "";
        }

        for (var i = 0; i < 3; i++)
        {
            (all[$"Refrigerants[{i}].Type"], all[$"Refrigerants[{i}].Kg"]) = ("", "");
        }

        foreach (var (field, value) in fields)
        {
            all[field] = value;
        }

        return [.. all.Select(f => F($"Input.{f.Key}", f.Value)), F("Input.Intent", intent)];
    }

    [GeneratedRegex(@"(?:範疇一、二合計約|Scope 1 and 2: about) ([\d,]+\.\d{3})")]
    private static partial Regex TotalText();
}
