using System.Globalization;
using Tanpan.Core.CarbonFee;
using Tanpan.Core.Factors;

namespace Tanpan.Cli.CarbonFees;

/// <summary>
/// <c>--credits voluntary=300,foreign=50</c> (or <c>--increase-offsets</c>): tonnes as issued per kind, each kind at most once, numbers
/// without separators.
/// </summary>
internal static class CreditArgument
{
    public static IReadOnlyList<CarbonCredit> Parse(string? text, List<Problem> problems, string option = "--credits")
    {
        var key = option.TrimStart('-');
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var credits = new List<CarbonCredit>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var kind = pair.Length == 2 ? CarbonCreditKinds.Parse(pair[0]) : null;
            if (kind is null || !decimal.TryParse(pair[1], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var tonnes))
            {
                problems.Add(new Problem(key, $"{option} 須為 種類=公噸（種類：voluntary、offset、early_action、foreign；收到「{part}」）",
                    $"{option} must be KIND=TONNES with KIND voluntary, offset, early_action or foreign (got '{part}')"));
                continue;
            }

            if (credits.Any(c => c.Kind == kind))
            {
                problems.Add(new Problem(key, $"{option} 的 {pair[0]} 重複", $"{option} names {pair[0]} more than once"));
                continue;
            }

            credits.Add(new CarbonCredit(kind.Value, tonnes));
        }

        return credits;
    }
}
