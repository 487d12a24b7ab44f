using System.Globalization;

namespace Tanpan.Bench.InventoryRollup;

/// <summary><c>--name value</c> pairs; every name must be read, so a typo is an error rather than a silent default.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public static Arguments Parse(ReadOnlySpan<string> args)
    {
        var parsed = new Arguments();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected --name value, got '{args[i]}'");
            }

            parsed._values[args[i][2..]] = args[i + 1];
        }

        return parsed;
    }

    public string? Get(string name)
    {
        _read.Add(name);
        return _values.GetValueOrDefault(name);
    }

    public string Required(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required");

    public int Int(string name, int fallback)
    {
        var text = Get(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"--{name} must be a positive whole number, got '{text}'");
    }

    public bool Bool(string name, bool fallback) => Get(name) switch
    {
        null => fallback,
        "true" => true,
        "false" => false,
        var text => throw new ArgumentException($"--{name} must be true or false, got '{text}'"),
    };

    /// <summary>Call once every option was read: names given but never read are typos.</summary>
    public void ThrowIfUnused()
    {
        var unused = _values.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unused.Count > 0)
        {
            throw new ArgumentException($"unknown option(s): {string.Join(", ", unused.Select(u => "--" + u))}");
        }
    }
}
