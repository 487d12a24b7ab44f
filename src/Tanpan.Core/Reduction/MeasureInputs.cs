using System.Globalization;
using Tanpan.Core.Factors;

namespace Tanpan.Core.Reduction;

/// <summary>
/// The text values given for a measure, read with range checks; every bad value becomes a
/// <see cref="Problem"/> in Chinese and English naming the parameter, so one run reports all of them.
/// </summary>
public sealed class MeasureInputs
{
    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly HashSet<string> _read = new(StringComparer.OrdinalIgnoreCase);

    public MeasureInputs(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);
    }

    public List<Problem> Problems { get; } = [];

    /// <summary>Keys given but never read by the measure or the calculator.</summary>
    public IEnumerable<string> Unread => _values.Keys.Where(k => !_read.Contains(k));

    public string? Text(string key)
    {
        _read.Add(key);
        return _values.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>]; <paramref name="minExclusive"/> makes the lower end open (e.g. prices, efficiencies).</summary>
    public decimal? Number(string key, bool required, decimal min = 0m, decimal max = decimal.MaxValue, bool minExclusive = false)
    {
        var text = Text(key);
        if (text is null)
        {
            if (required)
            {
                Problems.Add(new Problem(key, $"缺少 --{key}", $"--{key} is required"));
            }

            return null;
        }

        if (!decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            Problems.Add(new Problem(key, $"--{key} 須為數字（收到「{text}」）", $"--{key} must be a number (got '{text}')"));
            return null;
        }

        if (value < min || (minExclusive && value == min) || value > max)
        {
            var range = Range(min, max, minExclusive);
            Problems.Add(new Problem(key, $"--{key} 須在 {range} 之間（收到 {Inv(value)}）", $"--{key} must be in {range} (got {Inv(value)})"));
            return null;
        }

        return value;
    }

    /// <summary>A share or efficiency in (0, 1] (or [0, 1] when <paramref name="zeroAllowed"/>).</summary>
    public decimal? Fraction(string key, bool required, bool zeroAllowed = false) => Number(key, required, 0m, 1m, !zeroAllowed);

    public Carrier? Carrier(string key, bool required, IReadOnlyList<Carrier> allowed)
    {
        var text = Text(key);
        if (text is null)
        {
            if (required)
            {
                Problems.Add(new Problem(key, $"缺少 --{key}（可用：{Carriers.Keys(allowed)}）", $"--{key} is required (use {Carriers.Keys(allowed)})"));
            }

            return null;
        }

        var carrier = Carriers.Parse(text);
        if (carrier is null || !allowed.Contains(carrier.Value))
        {
            Problems.Add(new Problem(key, $"--{key} 不明的能源「{text}」（可用：{Carriers.Keys(allowed)}）", $"--{key}: unknown carrier '{text}' (use {Carriers.Keys(allowed)})"));
            return null;
        }

        return carrier;
    }

    public void Fail(string key, string zh, string en) => Problems.Add(new Problem(key, zh, en));

    private static string Range(decimal min, decimal max, bool minExclusive) =>
        (minExclusive ? "(" : "[") + Inv(min) + ", " + (max == decimal.MaxValue ? "∞)" : Inv(max) + "]");

    internal static string Inv(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
