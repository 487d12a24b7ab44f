using System.Text;
using Tanpan.Core.Text;

namespace Tanpan.Core.Cbam;

/// <summary>
/// A Combined Nomenclature code as CBAM uses it (Regulation (EU) 2023/956 Annex I; Council Regulation (EEC) No 2658/87):
/// a 4-digit heading, a 6-digit HS subheading, an 8-digit CN subheading or a 10-digit TARIC line (the default-value
/// table of IR (EU) 2025/2621 Annex I uses all four). Held as its digits only; written grouped as "7318 15 00".
/// </summary>
public sealed record CnCode
{
    private CnCode(string digits) => Digits = digits;

    /// <summary>The digits, 4, 6, 8 or 10 of them, no spaces.</summary>
    public string Digits { get; }

    public int Length => Digits.Length;

    /// <summary>The 4-digit heading (e.g. 7318).</summary>
    public string Heading => Digits[..4];

    /// <summary>
    /// Reads a code as people write it: digits with optional spaces, dots or hyphens, full-width digits allowed
    /// ("7318 15 00", "7318.15", "７６０１"). Throws <see cref="CbamException"/> (key <c>cbam.cn.malformed</c>) otherwise.
    /// Whether the code is a CBAM good is a separate question: <see cref="CbamGoods.Category(CnCode)"/>.
    /// </summary>
    public static CnCode Parse(string? text) =>
        TryParse(text, out var code) ? code : throw new CbamException(CbamIssues.MalformedCn(text ?? ""));

    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CnCode? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var digits = new StringBuilder(10);
        foreach (var c in TextKey.Compatible(text.Trim()))
        {
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
            }
            else if (!(char.IsWhiteSpace(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        if (digits.Length is not (4 or 6 or 8 or 10))
        {
            return false;
        }

        code = new CnCode(digits.ToString());
        return true;
    }

    /// <summary>True when this code is <paramref name="other"/> or a heading/subheading that contains it (7318 contains 7318 15 00).</summary>
    public bool Contains(CnCode other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Digits.StartsWith(Digits, StringComparison.Ordinal);
    }

    /// <summary>Grouped as the regulations print it: "7318", "7318 15", "7219 11 00", "2523 10 00 90".</summary>
    public override string ToString()
    {
        var b = new StringBuilder(Digits[..4]);
        for (var i = 4; i < Digits.Length; i += 2)
        {
            b.Append(' ').Append(Digits, i, 2);
        }

        return b.ToString();
    }
}
