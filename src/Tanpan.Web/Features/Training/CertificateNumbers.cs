using System.Globalization;
using System.Security.Cryptography;

namespace Tanpan.Web.Features.Training;

/// <summary>
/// Certificate numbers and check codes. A number is <c>TP-{year}-{tier code}-{sequence:0000}</c> (e.g.
/// <c>TP-2026-SEED-0001</c>): the year of the session's last day, the tier's code from data/training/tiers.json, and
/// the next sequence of that agency, year and tier (from 1; a fifth digit appears after 9999). The check code is ten
/// random Crockford base-32 characters (50 bits), printed as <c>XXXXX-XXXXX</c>; the public page asks for both.
/// </summary>
public static class CertificateNumbers
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base 32: no I, L, O, U

    public static string Format(int year, string tierCode, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"TP-{year}-{tierCode}-{sequence:0000}");

    public static string NewCheckCode()
    {
        Span<char> code = stackalloc char[10];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(code);
    }

    /// <summary>The code as printed: two groups of five.</summary>
    public static string Display(string code) => code.Length == 10 ? $"{code[..5]}-{code[5..]}" : code;

    /// <summary>A typed code read as Crockford does (case ignored, hyphens and spaces dropped, I/L → 1, O → 0); null when not ten such characters.</summary>
    public static string? ReadCheckCode(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var code = new string([.. typed.ToUpperInvariant().Where(c => c is not ('-' or ' ')).Select(c => c switch { 'I' or 'L' => '1', 'O' => '0', _ => c })]);
        return code.Length == 10 && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }
}
