namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// 統一編號 (business administration number): 8 digits whose weighted digit sum (weights 1,2,1,2,1,2,4,1,
/// adding the two digits of each product) is divisible by 5 — the Ministry of Finance's rule since 2023,
/// which accepts every number valid under the older divisible-by-10 rule. When the seventh digit is 7 its
/// product 28 may count as 10 or 1, so the sum plus one may be the divisible one.
/// </summary>
internal static class TaxIds
{
    private static readonly int[] Weights = [1, 2, 1, 2, 1, 2, 4, 1];

    public static bool IsValid(string? text)
    {
        if (text is not { Length: 8 } || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var product = (text[i] - '0') * Weights[i];
            sum += (product / 10) + (product % 10);
        }

        return sum % 5 == 0 || (text[6] == '7' && (sum + 1) % 5 == 0);
    }
}
