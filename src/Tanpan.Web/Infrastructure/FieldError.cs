using System.Globalization;

namespace Tanpan.Web.Infrastructure;

/// <summary>A rejected input field with its message in Traditional Chinese and in English.</summary>
public sealed record FieldError(string Field, string Chinese, string English)
{
    /// <summary>The message in the UI culture: English for "en…", else Chinese.</summary>
    public string Message(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? English : Chinese;
}
