using System.Globalization;
using System.Text;

namespace Tanpan.Core.Text;

/// <summary>
/// The matching key for names typed by people: Unicode NFKC (full-width letters, digits and brackets
/// become ASCII), lower case, and no white space, hyphens, underscores or dots. "Natural gas",
/// "natural-gas" and "ＮＡＴＵＲＡＬ　ＧＡＳ" share one key; so do "R-134a" and "r134a".
/// </summary>
public static class TextKey
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = Compatible(text);
        var builder = new StringBuilder(source.Length);
        foreach (var c in source)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '·' or '、')
            {
                continue;
            }

            builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The text in Unicode NFKC (full-width digits, letters and brackets become ASCII); plain ASCII is
    /// returned as is without the cost of normalising.
    /// </summary>
    public static string Compatible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsPlainAscii(text) ? text : text.Normalize(NormalizationForm.FormKC);
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7E)
            {
                return false;
            }
        }

        return true;
    }
}
