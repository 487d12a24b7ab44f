namespace Tanpan.Core.Organisations;

/// <summary>
/// 統一編號 (營利事業統一編號, the business administration number): eight digits, the last a check digit.
/// Rule (財政部「營利事業統一編號檢查碼邏輯修正說明」, in force from 2023-04-01 / 民國 112 年 4 月 1 日): multiply the digits
/// by the weights 1, 2, 1, 2, 1, 2, 4, 1, add the two digits of each product, and sum; the number is valid when the sum is
/// divisible by 5. Before that date the sum had to be divisible by 10; every number valid under the old rule is valid
/// under the new one, so only the new rule is checked. When the seventh digit is 7 its product 28 counts as 10 (2 + 8) or
/// as 1 (1 + 0), so the sum plus one may be the divisible one.
/// </summary>
public static class TaxId
{
    private static readonly int[] Weights = [1, 2, 1, 2, 1, 2, 4, 1];

    /// <summary>True when <paramref name="text"/> is exactly eight ASCII digits that pass the check described on the type.</summary>
    public static bool IsValid(string? text)
    {
        if (text is not { Length: 8 } || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = WeightedSum(text);
        return sum % 5 == 0 || (text[6] == '7' && (sum + 1) % 5 == 0);
    }

    /// <summary>
    /// Reads what a person typed: trims, drops spaces and hyphens, turns full-width digits (０–９) into ASCII, and
    /// returns the eight digits when they are valid; otherwise null.
    /// </summary>
    public static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var digits = new string([.. text.Where(c => c is not (' ' or '-' or '\u3000')).Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c)]);
        return IsValid(digits) ? digits : null;
    }

    /// <summary>The weighted digit sum of eight ASCII digits (the seventh digit's product counted as its two digits' sum).</summary>
    internal static int WeightedSum(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var product = (digits[i] - '0') * Weights[i];
            sum += (product / 10) + (product % 10);
        }

        return sum;
    }
}
