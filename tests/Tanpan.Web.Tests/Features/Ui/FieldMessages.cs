using System.Text.RegularExpressions;

namespace Tanpan.Web.Tests.Features.Ui;

/// <summary>
/// Reads a form page as a person (and a screen reader) meets it: for a posted field name, the control that posts it,
/// whether it is marked invalid, the message next to it and the value it still holds.
/// </summary>
internal static partial class FieldMessages
{
    /// <summary>
    /// The message shown for the control posting <paramref name="name"/>: the element its <c>aria-describedby</c> names
    /// when that is a message, else the first <c>validation-message</c> after the control and before the next control
    /// (what Blazor's <c>ValidationMessage</c> renders next to its input). Null when the control has no message, or
    /// when there is no such control (see <see cref="Control"/>).
    /// </summary>
    public static string? MessageFor(string html, string name)
    {
        if (Control(html, name) is not { } control)
        {
            return null;
        }

        if (Attribute(control.Value, "aria-describedby") is { } described)
        {
            foreach (var id in described.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var element = Regex.Match(html, $"<(\\w+)[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
                if (element.Success && Regex.IsMatch(element.Value[..element.Value.IndexOf('>', StringComparison.Ordinal)], "class=\"[^\"]*(validation-message|error)"))
                {
                    return Text(element.Groups[2].Value);
                }
            }
        }

        var after = html[(control.Index + control.Length)..];
        var next = NextControl().Match(after);
        var scope = next.Success ? after[..next.Index] : after;
        var message = ValidationMessage().Match(scope);
        return message.Success ? Text(message.Groups[2].Value) : null;
    }

    /// <summary>The opening tag of the input, select or textarea posting <paramref name="name"/>, or null.</summary>
    public static Match? Control(string html, string name)
    {
        var match = Regex.Match(html, $"<(input|select|textarea)\\b[^>]*\\bname=\"{Regex.Escape(name)}\"[^>]*>", RegexOptions.IgnoreCase);
        return match.Success ? match : null;
    }

    /// <summary>True when the control says it is invalid (<c>aria-invalid="true"</c>, or Blazor's <c>invalid</c> class).</summary>
    public static bool MarkedInvalid(string html, string name) =>
        Control(html, name) is { } control
        && (Attribute(control.Value, "aria-invalid") == "true" || (Attribute(control.Value, "class") ?? "").Split(' ').Contains("invalid"));

    /// <summary>True when the control still holds <paramref name="typed"/> (input value, selected option or textarea text).</summary>
    public static bool Keeps(string html, string name, string typed)
    {
        if (Control(html, name) is not { } control)
        {
            return false;
        }

        var tag = control.Groups[1].Value.ToLowerInvariant();
        if (Attribute(control.Value, "type") == "password")
        {
            return true;   // a password is never sent back to the page
        }

        if (tag == "input")
        {
            return Attribute(control.Value, "value") == typed;
        }

        var rest = html[(control.Index + control.Length)..];
        var body = rest[..Math.Max(0, rest.IndexOf($"</{tag}>", StringComparison.OrdinalIgnoreCase))];
        return tag == "textarea"
            ? body.Trim() == typed.Trim()
            : Regex.IsMatch(body, $"<option\\b(?=[^>]*\\bvalue=\"{Regex.Escape(typed)}\")(?=[^>]*\\bselected)[^>]*>");
    }

    /// <summary>A reason the message is not in words a user of <paramref name="culture"/> reads, or null when it is.</summary>
    public static string? NotPlain(string message, string culture)
    {
        if (InternalName().Match(message) is { Success: true } key)
        {
            return $"internal name «{key.Value}»";
        }

        if (culture == "en")
        {
            // A Chinese term may stand in an English message as a gloss ("tax id (統一編號)") or as the typed value quoted,
            // but the message is English: more Latin letters than Chinese characters.
            return Regex.Count(message, "[A-Za-z]") > Cjk().Count(message) ? null : "not in English on the English page";
        }

        if (!Cjk().IsMatch(message))
        {
            return "no Chinese in the Chinese page";
        }

        return EnglishWords().Match(message) is { Success: true } words ? $"English «{words.Value}» in the Chinese page" : null;
    }

    private static string? Attribute(string tag, string attribute)
    {
        var match = Regex.Match(tag, $"\\b{attribute}=\"([^\"]*)\"", RegexOptions.IgnoreCase);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string Text(string inner) => Regex.Replace(inner, "<[^>]+>", " ").Trim();

    [GeneratedRegex("<(input|select|textarea)\\b(?![^>]*type=\"hidden\")", RegexOptions.IgnoreCase)]
    private static partial Regex NextControl();

    [GeneratedRegex("<(\\w+)[^>]*class=\"[^\"]*validation-message[^\"]*\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline)]
    private static partial Regex ValidationMessage();

    [GeneratedRegex(@"[\u3400-\u9fff]")]
    private static partial Regex Cjk();

    /// <summary>Three English words in a row ("This field is required") in a Chinese message.</summary>
    [GeneratedRegex(@"[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}")]
    private static partial Regex EnglishWords();

    /// <summary>A snake_case key, a camelCase property name (massKgPerDeclaredUnit) or a form field name (Input.Name).</summary>
    [GeneratedRegex(@"\b[a-z][a-z0-9]*_[a-z0-9_]+\b|\b[a-z]+[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b|\b(Input|Line|Stage|Settings)\.[A-Z]\w*")]
    private static partial Regex InternalName();
}
