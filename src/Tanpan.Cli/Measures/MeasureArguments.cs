using Tanpan.Core.Factors;

namespace Tanpan.Cli.Measures;

/// <summary>Reads a measure's free-form <c>--key value</c> (or <c>--key=value</c>) pairs; a stray token is a problem.</summary>
internal static class MeasureArguments
{
    public static Dictionary<string, string> Read(IReadOnlyList<string> tokens, List<Problem> problems)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
            {
                problems.Add(new Problem("arguments", $"多餘的參數「{token}」（參數格式為 --名稱 值）", $"unexpected argument '{token}' (parameters are --name value)"));
                continue;
            }

            var key = token[2..];
            string? value;
            var eq = key.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                value = key[(eq + 1)..];
                key = key[..eq];
            }
            else
            {
                value = i + 1 < tokens.Count ? tokens[++i] : null;
            }

            if (value is null)
            {
                problems.Add(new Problem(key, $"--{key} 缺少值", $"--{key} needs a value"));
            }
            else if (!values.TryAdd(key, value))
            {
                problems.Add(new Problem(key, $"--{key} 重複給定", $"--{key} is given twice"));
            }
        }

        return values;
    }
}
