using System.Net;
using System.Text.RegularExpressions;

namespace Tanpan.Web.Tests.Features.Ui;

/// <summary>
/// The values a browser would post for one server-rendered form as the page shows it: the form is found by its Blazor
/// handler name (the hidden <c>_handler</c> field), every control's current value is taken (hidden fields, text,
/// ticked boxes, the selected or first option, textarea text), and no button's value unless the caller adds it.
/// </summary>
internal static partial class BrowserForm
{
    /// <summary>The form's fields as shown, or null when the page has no such form.</summary>
    public static Dictionary<string, string>? Values(string html, string formName)
    {
        var handler = Regex.Match(html, $"<input[^>]*name=\"_handler\"[^>]*value=\"{Regex.Escape(formName)}\"[^>]*>");
        if (!handler.Success)
        {
            return null;
        }

        var start = html.LastIndexOf("<form", handler.Index, StringComparison.OrdinalIgnoreCase);
        var end = html.IndexOf("</form>", handler.Index, StringComparison.OrdinalIgnoreCase);
        var form = html[start..(end < 0 ? html.Length : end)];
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in Input().Matches(form))
        {
            var tag = input.Value;
            var type = Attribute(tag, "type")?.ToLowerInvariant() ?? "text";
            if (Attribute(tag, "name") is not { } name || type is "submit" or "button" or "file" or "image" or "reset"
                || (type is "checkbox" or "radio" && !Regex.IsMatch(tag, "\\bchecked\\b")))
            {
                continue;
            }

            values.TryAdd(name, Attribute(tag, "value") ?? (type is "checkbox" or "radio" ? "on" : ""));
        }

        foreach (Match select in Select().Matches(form))
        {
            var options = Option().Matches(select.Groups[2].Value);
            var chosen = options.FirstOrDefault(o => Regex.IsMatch(o.Value, "\\bselected\\b")) ?? options.FirstOrDefault();
            if (Attribute(select.Groups[1].Value, "name") is { } name && chosen is not null)
            {
                values.TryAdd(name, Attribute(chosen.Value, "value") ?? WebUtility.HtmlDecode(chosen.Groups[1].Value).Trim());
            }
        }

        foreach (Match area in TextArea().Matches(form))
        {
            if (Attribute(area.Groups[1].Value, "name") is { } name)
            {
                values.TryAdd(name, WebUtility.HtmlDecode(area.Groups[2].Value));
            }
        }

        return values;
    }

    private static string? Attribute(string tag, string attribute)
    {
        var match = Regex.Match(tag, $"\\s{attribute}=\"([^\"]*)\"", RegexOptions.IgnoreCase);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Input();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option\\b[^>]*>(.*?)</option>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Option();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TextArea();
}
