using System.Globalization;
using Tanpan.Core.Factors;

namespace Tanpan.Cli.Output;

/// <summary>Numbers typed on the command line: invariant digits, bad text reported in Chinese and English.</summary>
internal static class InputNumbers
{
    public static decimal? Parse(string text, string option, List<Problem> problems)
    {
        if (decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new Problem(option, $"--{option} 須為數字（收到「{text}」）", $"--{option} must be a number (got '{text}')"));
        return null;
    }

    public static void Write(TextWriter error, IEnumerable<Problem> problems)
    {
        foreach (var p in problems)
        {
            error.WriteLine($"錯誤：{p.MessageZh} / error: {p.MessageEn}");
        }
    }
}
